package cn.gridservice.desk.tasklist.web;

import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.workflow.DeployedSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A step's name for the pages ({@code #{stepNames.of(step)}}): from the messages in the user's
 * language ({@code step.<id>}), or, for a step the messages do not know (one a manager added to a
 * model), the name its model gives it.
 */
@Named
@ApplicationScoped
public class StepNames {

  @Inject DeployedSteps deployedSteps;

  public String of(String step) {
    if (step == null) {
      return "";
    }
    String key = "step." + step;
    String text = Messages.text(key);
    return key.equals(text) ? deployedSteps.name(step).orElse(step) : text;
  }
}
