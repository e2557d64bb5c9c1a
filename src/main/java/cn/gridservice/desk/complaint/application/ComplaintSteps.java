package cn.gridservice.desk.complaint.application;

import static cn.gridservice.desk.complaint.process.ComplaintProcess.TASK_ACKNOWLEDGE_ESCALATION;
import static cn.gridservice.desk.complaint.process.ComplaintProcess.TASK_APPROVE_REPLY;
import static cn.gridservice.desk.complaint.process.ComplaintProcess.TASK_CONTACT_CUSTOMER;
import static cn.gridservice.desk.complaint.process.ComplaintProcess.TASK_FOLLOW_UP_CALL;
import static cn.gridservice.desk.complaint.process.ComplaintProcess.TASK_INVESTIGATE;
import static cn.gridservice.desk.complaint.process.ComplaintProcess.TASK_PROVIDE_INPUT;
import static cn.gridservice.desk.complaint.process.ComplaintProcess.TASK_REPLY_TO_CUSTOMER;
import static cn.gridservice.desk.complaint.process.ComplaintProcess.TASK_SUPERVISE_CONTACT;
import static cn.gridservice.desk.complaint.process.ComplaintProcess.TASK_SUPERVISE_REPLY;
import static cn.gridservice.desk.tasklist.step.StepField.bool;
import static cn.gridservice.desk.tasklist.step.StepField.choice;
import static cn.gridservice.desk.tasklist.step.StepField.integer;
import static cn.gridservice.desk.tasklist.step.StepField.text;

import cn.gridservice.desk.complaint.domain.ContactMethod;
import cn.gridservice.desk.complaint.process.ComplaintProcess;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.step.FormValues;
import cn.gridservice.desk.tasklist.step.StepField;
import cn.gridservice.desk.tasklist.step.StepForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The forms of the complaint model's steps: the complaint beside each, {@link ComplaintWork} behind
 * them.
 */
@ApplicationScoped
public class ComplaintSteps implements StepForm {

  @Inject ComplaintWork work;

  @Override
  public String processKey() {
    return ComplaintProcess.PROCESS_KEY;
  }

  @Override
  public Set<String> steps() {
    return Set.of(
        TASK_CONTACT_CUSTOMER,
        TASK_INVESTIGATE,
        TASK_PROVIDE_INPUT,
        TASK_APPROVE_REPLY,
        TASK_REPLY_TO_CUSTOMER,
        TASK_FOLLOW_UP_CALL,
        TASK_SUPERVISE_CONTACT,
        TASK_SUPERVISE_REPLY,
        TASK_ACKNOWLEDGE_ESCALATION);
  }

  @Override
  public String subjectFragment() {
    return "/WEB-INF/steps/complaint/complaint.xhtml";
  }

  /** Both supervision steps (督办 of the contact and of the reply) share one form. */
  @Override
  public String formFragment(String step) {
    return StepForm.super.formFragment(
        TASK_SUPERVISE_REPLY.equals(step) ? TASK_SUPERVISE_CONTACT : step);
  }

  @Override
  public List<StepField> fields(String step) {
    return switch (step) {
      case TASK_CONTACT_CUSTOMER ->
          List.of(
              choice("method", true, ContactMethod.class),
              bool("reached", true),
              text("summary", true));
      case TASK_INVESTIGATE -> List.of(text("findings", true), text("draft", true));
      case TASK_PROVIDE_INPUT -> List.of(text("answer", true));
      case TASK_APPROVE_REPLY -> List.of(bool("approved", true), text("reason", false));
      case TASK_REPLY_TO_CUSTOMER ->
          List.of(choice("method", true, ContactMethod.class), text("note", false));
      case TASK_FOLLOW_UP_CALL ->
          List.of(integer("satisfaction", true), bool("satisfied", true), text("comments", false));
      case TASK_SUPERVISE_CONTACT, TASK_SUPERVISE_REPLY -> List.of(text("note", true));
      case TASK_ACKNOWLEDGE_ESCALATION -> List.of(text("instructions", true));
      default -> throw new IllegalArgumentException("no form for step " + step);
    };
  }

  @Override
  public void complete(String taskId, Actor actor, String step, FormValues f) {
    switch (step) {
      case TASK_CONTACT_CUSTOMER -> {
        ContactMethod method = f.enumValue("method", ContactMethod.class);
        Boolean reached = f.bool("reached");
        f.check();
        work.contact(taskId, actor, method, reached, f.text("summary"));
      }
      case TASK_INVESTIGATE -> work.investigate(taskId, actor, f.text("findings"), f.text("draft"));
      case TASK_PROVIDE_INPUT -> work.provideInput(taskId, actor, f.text("answer"));
      case TASK_APPROVE_REPLY -> {
        Boolean approved = f.bool("approved");
        f.check();
        work.approve(taskId, actor, approved, f.text("reason"));
      }
      case TASK_REPLY_TO_CUSTOMER -> {
        ContactMethod method = f.enumValue("method", ContactMethod.class);
        f.check();
        work.reply(taskId, actor, method, f.text("note"));
      }
      case TASK_FOLLOW_UP_CALL -> {
        Integer satisfaction = f.integer("satisfaction");
        Boolean satisfied = f.bool("satisfied");
        f.check();
        work.followUp(taskId, actor, satisfaction, satisfied, f.text("comments"));
      }
      case TASK_SUPERVISE_CONTACT, TASK_SUPERVISE_REPLY ->
          work.supervise(taskId, actor, f.text("note"));
      case TASK_ACKNOWLEDGE_ESCALATION -> work.acknowledge(taskId, actor, f.text("instructions"));
      default -> throw new IllegalArgumentException("no form for step " + step);
    }
  }
}
