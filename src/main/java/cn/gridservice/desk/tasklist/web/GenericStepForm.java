package cn.gridservice.desk.tasklist.web;

import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.platform.web.FormSubmission;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.step.GenericStep;
import cn.gridservice.desk.workflow.EngineServices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The generic form (outcome and remark) of a step no capability has a form for, and for a process
 * no capability knows, what its task is about: the process, its business key and its customer.
 */
@Named
@ViewScoped
public class GenericStepForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The variable by which a process names its customer, when it has one. */
  static final String VAR_CUSTOMER_NO = "customerNo";

  @Inject TaskPage page;

  @Inject GenericStep step;

  @Inject EngineServices engine;

  @Inject CustomerQueries customers;

  @Inject CurrentUser user;

  private String outcome;
  private String remark;
  private List<String> outcomes;
  private boolean subjectLoaded;
  private String businessKey;
  private String processName;
  private CustomerView customer;

  public String complete() {
    return FormSubmission.submit(
        () -> {
          step.complete(page.getTaskId(), Actor.of(user), outcome, remark);
          return null;
        },
        "form.done",
        businessKey == null ? "" : businessKey);
  }

  /** The outcomes the model offers, empty when the outcome is free text. */
  public List<String> getOutcomes() {
    if (outcomes == null) {
      outcomes =
          page.getTaskId() == null || page.isGone() ? List.of() : step.outcomes(page.getTaskId());
    }
    return outcomes;
  }

  private void loadSubject() {
    if (subjectLoaded || page.getProcessInstanceId() == null) {
      return;
    }
    subjectLoaded = true;
    ProcessInstance instance =
        engine
            .runtimeService()
            .createProcessInstanceQuery()
            .processInstanceId(page.getProcessInstanceId())
            .singleResult();
    if (instance == null) {
      return;
    }
    businessKey = instance.getBusinessKey();
    ProcessDefinition definition =
        engine.repositoryService().getProcessDefinition(instance.getProcessDefinitionId());
    processName = definition.getName() == null ? definition.getKey() : definition.getName();
    Object customerNo = engine.runtimeService().getVariable(instance.getId(), VAR_CUSTOMER_NO);
    customer =
        customerNo == null
            ? null
            : customers.byNumber(customerNo.toString(), user.roles()).orElse(null);
  }

  public String getBusinessKey() {
    loadSubject();
    return businessKey;
  }

  public String getProcessName() {
    loadSubject();
    return processName;
  }

  public CustomerView getCustomer() {
    loadSubject();
    return customer;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
