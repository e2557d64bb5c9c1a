package cn.gridservice.desk.platform.web;

import cn.gridservice.desk.platform.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Function;

/**
 * Shows refused input beside the fields it is about: each field's message goes to the input whose
 * client id {@code clientIdOf} names (a {@code p:message for=…} shows it); a field without an input
 * becomes a message of the whole form, put into the text {@code summaryKey} ("Not saved: {0}").
 */
public final class FieldMessages {

  private FieldMessages() {}

  public static void show(
      InvalidInput refused, Function<String, String> clientIdOf, String summaryKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Map.Entry<String, String> problem : refused.fields(Messages.locale()).entrySet()) {
      String clientId = clientIdOf.apply(problem.getKey());
      if (clientId == null) {
        Messages.error(summaryKey, problem.getValue());
      } else {
        faces.addMessage(
            clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getValue(), null));
      }
    }
    faces.validationFailed();
  }
}
