package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.calendar.domain.SeededCalendar;
import cn.gridservice.desk.complaint.domain.EscalationRecord;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.workflow.EngineClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans that processes/complaint.bpmn calls by name, built as the server builds them but on the
 * in-memory engine, the seeded calendar, an in-memory book of what the delegates record and a
 * notifier that only remembers. Register them in {@code @BeforeEach}; {@code Mocks.reset()} drops
 * them.
 */
public final class ComplaintBeans {

  /** An escalation as the delegates recorded it. */
  public record Escalated(
      String complaintNo,
      int level,
      EscalationRecord.Cause cause,
      Instant at,
      Instant dueAt,
      Role notified) {}

  /** What the delegates wrote, per complaint. */
  public static final class Book implements ComplaintRecords {
    public final Map<String, Grade> grades = new HashMap<>();
    public final Map<String, Instant> contactDue = new HashMap<>();
    public final Map<String, Instant> replyDue = new HashMap<>();
    public final List<Escalated> escalations = new ArrayList<>();
    public final List<String> events = new ArrayList<>();

    @Override
    public synchronized void graded(String complaintNo, Grade grade) {
      grades.put(complaintNo, grade);
    }

    @Override
    public synchronized void dueDates(
        String complaintNo, Instant contact, Instant reply, boolean provisional) {
      contactDue.put(complaintNo, contact);
      replyDue.put(complaintNo, reply);
    }

    @Override
    public synchronized void escalated(
        String complaintNo,
        int level,
        EscalationRecord.Cause cause,
        Instant at,
        Instant dueAt,
        Role notified) {
      escalations.add(new Escalated(complaintNo, level, cause, at, dueAt, notified));
    }

    @Override
    public synchronized void event(String complaintNo, String type, String step, String detail) {
      events.add(type + (detail == null ? "" : " " + detail));
    }
  }

  /** Keeps what would have been sent. */
  public static final class Notices implements ComplaintNotifier {
    public final List<ComplaintNotice> sent = new ArrayList<>();

    @Override
    public synchronized void send(ComplaintNotice notice) {
      sent.add(notice);
    }
  }

  public final Book book = new Book();
  public final Notices notices = new Notices();
  public final ComplaintGrading grading;
  public final ComplaintLimits limits;
  public final ComplaintDeadlines deadlines;

  private ComplaintBeans(ProcessEngine engine) {
    grading = new ComplaintGrading(engine.getDecisionService());
    limits = new ComplaintLimits(engine.getDecisionService());
    deadlines = new ComplaintDeadlines(limits, SeededCalendar::calendar, new EngineClock());
  }

  public static ComplaintBeans register(ProcessEngine engine) {
    ComplaintBeans beans = new ComplaintBeans(engine);
    Mocks.register("complaintDeadlines", beans.deadlines);
    Mocks.register(
        "complaintGrader",
        new ComplaintGrader(beans.grading, beans.deadlines, beans.book, new EngineClock()));
    Mocks.register(
        "complaintEscalations",
        new ComplaintEscalations(
            beans.limits,
            beans.deadlines,
            beans.grading,
            beans.book,
            beans.notices,
            new EngineClock()));
    return beans;
  }
}
