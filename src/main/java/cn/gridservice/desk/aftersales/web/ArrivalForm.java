package cn.gridservice.desk.aftersales.web;

import cn.gridservice.desk.aftersales.application.CaseWork;
import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.platform.web.FormSubmission;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.workflow.EngineServices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.task.Task;

/**
 * The one-tap "arrived on site" (已到达现场) of a fault repair, on the task page of {@code
 * arriveOnSite}: made for a phone on site. Recorded, the technician goes straight on to the
 * restoration's form.
 */
@Named
@RequestScoped
public class ArrivalForm {

  @Inject CaseWork work;

  @Inject CurrentUser user;

  @Inject EngineServices engine;

  @Inject CaseTaskForm taskForm;

  private String note;

  public String arrive() {
    String taskId = taskForm.getTaskId();
    String caseNo = taskForm.getServiceCase() == null ? "" : taskForm.getServiceCase().caseNo();
    return FormSubmission.submit(
        () -> {
          Task arrival = engine.taskService().createTaskQuery().taskId(taskId).singleResult();
          work.arrive(taskId, Actor.of(user), note);
          return arrival == null ? null : nextStep(arrival.getProcessInstanceId());
        },
        "form.arrive.done",
        caseNo);
  }

  /** The restoration's form when it is the technician's now, else the work list. */
  private String nextStep(String processInstanceId) {
    Task execute =
        engine
            .taskService()
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(AfterSalesProcess.TASK_EXECUTE_SERVICE)
            .taskAssignee(user.userId())
            .singleResult();
    return execute == null ? null : "/work/task?faces-redirect=true&taskId=" + execute.getId();
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
