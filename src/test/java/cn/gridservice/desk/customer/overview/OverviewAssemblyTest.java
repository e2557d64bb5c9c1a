package cn.gridservice.desk.customer.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.aftersales.application.CaseOverviewSource;
import cn.gridservice.desk.aftersales.application.ServiceCaseQueries.CaseEventLine;
import cn.gridservice.desk.aftersales.application.ServiceCaseQueries.TimelineEntry;
import cn.gridservice.desk.aftersales.application.ServiceCaseView;
import cn.gridservice.desk.aftersales.application.ServiceCaseView.SlaRecordView;
import cn.gridservice.desk.aftersales.domain.CaseStatus;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.domain.Warranty;
import cn.gridservice.desk.complaint.application.ComplaintOverviewSource;
import cn.gridservice.desk.complaint.application.ComplaintQueries.ComplaintEventLine;
import cn.gridservice.desk.complaint.application.ComplaintView;
import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.ComplaintStatus;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.complaint.domain.Referral;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.customer.domain.Equipment;
import cn.gridservice.desk.customer.overview.CustomerOverview.ComplaintBreachLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.Kind;
import cn.gridservice.desk.customer.overview.CustomerOverview.OpenTask;
import cn.gridservice.desk.customer.overview.CustomerOverview.SlaLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.TimelineLine;
import cn.gridservice.desk.workflow.OpenSteps.OpenStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Putting the 360° view together: order, lateness, "today", and the timeline of both kinds. */
class OverviewAssemblyTest {

  /** Wednesday 4 March 2026, 10:00 in Beijing. */
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-04T10:00:00+08:00");

  private final Customer customer =
      new Customer("3301000005", "陈国强", CustomerCategory.RESIDENTIAL, Area.REMOTE)
          .contact("陈国强", "13705800005", "chen@example.cn", "舟山市嵊泗县枸杞乡干斋村7号");

  @Test
  void theArchiveIsMaskedAsGivenAndEquipmentIsInWarrantyUpToItsLastDay() {
    LocalDate today = NOW.toLocalDate();
    List<Equipment> equipment =
        List.of(
            new Equipment(customer, "户外计量箱", "JLX-1", "MB-1", today.minusYears(3), today),
            new Equipment(customer, "漏电保护器", null, null, null, today.minusDays(1)),
            new Equipment(customer, "进户线", null, null, null, null));

    CustomerOverview overview =
        assemble(
            CustomerView.of(customer, false),
            equipment,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            10);

    assertThat(overview.customer().phone()).isEqualTo("137****0005");
    assertThat(overview.customer().contactMasked()).isTrue();
    assertThat(overview.equipment())
        .extracting(CustomerOverview.EquipmentLine::inWarranty)
        .containsExactly(true, false, false);
    assertThat(overview.equipment().get(0).model()).isEqualTo("JLX-1");
    assertThat(overview.asOf().toInstant()).isEqualTo(NOW.toInstant());
    assertThat(overview.serviceCases()).isEmpty();
    assertThat(overview.timeline()).isEmpty();
    assertThat(overview.timelineTruncated()).isFalse();
  }

  @Test
  void openTasksOfCasesAndComplaintsComeTogetherTheEarliestDueFirst() {
    ServiceCaseView serviceCase =
        serviceCase(
            "SH-2026-000002",
            NOW.minusDays(1),
            List.of(step("t-case", "acceptRequest", NOW.plusHours(2), null)),
            List.of());
    ComplaintView complaint =
        complaint(
            "TS-2026-000001",
            NOW.minusDays(2),
            List.of(
                step("t-late", "contactCustomer", NOW.minusHours(1), "handler"),
                step("t-none", "acknowledgeEscalation", null, null)),
            List.of(),
            NOW.minusHours(1),
            null,
            NOW.plusDays(5),
            null);

    CustomerOverview overview =
        assemble(
            CustomerView.of(customer, true),
            List.of(),
            List.of(serviceCase),
            List.of(complaint),
            List.of(),
            List.of(),
            10);

    assertThat(overview.openTasks())
        .extracting(OpenTask::taskId)
        .containsExactly("t-late", "t-case", "t-none");
    assertThat(overview.openTasks())
        .extracting(OpenTask::kind)
        .containsExactly(Kind.COMPLAINT, Kind.CASE, Kind.COMPLAINT);
    assertThat(overview.openTasks())
        .extracting(OpenTask::overdue)
        .containsExactly(true, false, false);
    assertThat(overview.openTasks().get(1).reference()).isEqualTo("SH-2026-000002");
    assertThat(overview.openTasks().get(0).candidateGroups()).containsExactly("COMPLAINT_HANDLER");
    assertThat(overview.serviceCases())
        .singleElement()
        .satisfies(c -> assertThat(c.openSteps()).containsExactly("acceptRequest"));
    assertThat(overview.complaints())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.openSteps())
                    .containsExactly("contactCustomer", "acknowledgeEscalation"));
  }

  @Test
  void aStepIsLateByWhatItsRecordSaysOnceClosedAndByTheTimeSinceItsDueDateWhileOpen() {
    OffsetDateTime monday = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");
    ServiceCaseView older =
        serviceCase(
            "SH-2026-000001",
            monday,
            List.of(),
            List.of(
                sla(
                    "acceptRequest",
                    monday,
                    monday.plusHours(4),
                    monday.plusHours(4).plusMinutes(30),
                    null,
                    true,
                    1800L),
                sla(
                    "scheduleVisit",
                    monday.plusHours(5),
                    monday.plusHours(10),
                    null,
                    monday.plusHours(12),
                    true,
                    null)));
    ServiceCaseView newer =
        serviceCase(
            "SH-2026-000002",
            NOW.minusHours(6),
            List.of(),
            List.of(
                // the overdue timer has not marked it yet, but its due date has passed
                sla("acceptRequest", NOW.minusHours(6), NOW.minusHours(2), null, null, false, null),
                sla(
                    "scheduleVisit",
                    NOW.minusHours(1),
                    NOW.plusHours(3),
                    null,
                    null,
                    false,
                    null)));

    List<SlaLine> lines =
        assemble(
                CustomerView.of(customer, true),
                List.of(),
                List.of(newer, older),
                List.of(),
                List.of(),
                List.of(),
                10)
            .slaRecords();

    assertThat(lines)
        .extracting(l -> l.caseNo() + " " + l.step())
        .containsExactly(
            "SH-2026-000002 scheduleVisit",
            "SH-2026-000002 acceptRequest",
            "SH-2026-000001 scheduleVisit",
            "SH-2026-000001 acceptRequest");
    assertThat(lines).extracting(SlaLine::open).containsExactly(true, true, false, false);
    assertThat(lines).extracting(SlaLine::breached).containsExactly(false, true, true, true);
    assertThat(lines).extracting(SlaLine::lateBySeconds).containsExactly(null, 7200L, null, 1800L);
    assertThat(lines.get(2).cancelledAt()).isNotNull();
    assertThat(lines.get(3).limit()).isEqualTo("WORKING_HOURS:4");
  }

  @Test
  void aBreachedComplaintLimitIsLateUntilItWasKeptOrUntilNow() {
    OffsetDateTime contactDue = NOW.minusDays(2);
    OffsetDateTime replyDue = NOW.minusHours(3);
    ComplaintView complaint =
        complaint(
            "TS-2026-000007",
            NOW.minusDays(10),
            List.of(),
            List.of(
                new ComplaintView.Breach("CONTACT", contactDue, contactDue.plusSeconds(2), 1),
                new ComplaintView.Breach("REPLY", NOW.minusDays(1), NOW.minusDays(1), 2),
                new ComplaintView.Breach("REPLY", replyDue, replyDue.plusSeconds(1), 2)),
            contactDue,
            contactDue.plusHours(5),
            replyDue,
            null);

    List<ComplaintBreachLine> lines =
        assemble(
                CustomerView.of(customer, true),
                List.of(),
                List.of(),
                List.of(complaint),
                List.of(),
                List.of(),
                10)
            .complaintBreaches();

    assertThat(lines)
        .extracting(ComplaintBreachLine::limit)
        .containsExactly("REPLY", "REPLY", "CONTACT");
    assertThat(lines.get(0).keptAt()).isNull();
    assertThat(lines.get(0).lateBySeconds())
        .as("the present reply limit, not kept yet")
        .isEqualTo(3 * 3600L);
    assertThat(lines.get(1).lateBySeconds()).as("an earlier round's reply limit: unknown").isNull();
    assertThat(lines.get(2).keptAt()).isEqualTo(contactDue.plusHours(5));
    assertThat(lines.get(2).lateBySeconds()).isEqualTo(5 * 3600L);
  }

  @Test
  void theTimelineHasBothKindsNewestFirstAndIsCutAtItsLimit() {
    OffsetDateTime t = NOW.minusDays(1);
    List<CaseEventLine> caseEvents =
        List.of(
            new CaseEventLine("SH-2026-000002", entry(t.plusMinutes(30), "agent", "ACCEPTED")),
            new CaseEventLine("SH-2026-000002", entry(t, "agent", "SUBMITTED")));
    List<ComplaintEventLine> complaintEvents =
        List.of(
            new ComplaintEventLine(
                "TS-2026-000001",
                new ComplaintView.TimelineEntry(t.plusMinutes(40), "system", "GRADED", null, "一般")),
            new ComplaintEventLine(
                "TS-2026-000001",
                new ComplaintView.TimelineEntry(
                    t.plusMinutes(30), "agent", "REGISTERED", null, null)));

    CustomerOverview all =
        assemble(
            CustomerView.of(customer, true),
            List.of(),
            List.of(),
            List.of(),
            caseEvents,
            complaintEvents,
            10);
    assertThat(all.timeline())
        .extracting(l -> l.reference() + " " + l.type())
        .containsExactly(
            "TS-2026-000001 GRADED",
            "SH-2026-000002 ACCEPTED",
            "TS-2026-000001 REGISTERED",
            "SH-2026-000002 SUBMITTED");
    assertThat(all.timeline())
        .extracting(TimelineLine::kind)
        .containsExactly(Kind.COMPLAINT, Kind.CASE, Kind.COMPLAINT, Kind.CASE);
    assertThat(all.timelineTruncated()).isFalse();

    CustomerOverview cut =
        assemble(
            CustomerView.of(customer, true),
            List.of(),
            List.of(),
            List.of(),
            caseEvents,
            complaintEvents,
            3);
    assertThat(cut.timeline())
        .hasSize(3)
        .last()
        .extracting(TimelineLine::type)
        .isEqualTo("REGISTERED");
    assertThat(cut.timelineTruncated()).isTrue();

    List<CaseEventLine> many = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      many.add(
          new CaseEventLine("SH-2026-000003", entry(t.minusMinutes(i), "agent", "INFO_ADDED")));
    }
    // the query asks for one more than it shows: four for a limit of three means there are more
    assertThat(
            assemble(
                    CustomerView.of(customer, true),
                    List.of(),
                    List.of(),
                    List.of(),
                    many,
                    List.of(),
                    3)
                .timelineTruncated())
        .isTrue();
    assertThat(
            assemble(
                    CustomerView.of(customer, true),
                    List.of(),
                    List.of(),
                    List.of(),
                    many.subList(0, 3),
                    List.of(),
                    3)
                .timelineTruncated())
        .isFalse();
  }

  // --- helpers ---

  private static CustomerOverview assemble(
      CustomerView customer,
      List<Equipment> equipment,
      List<ServiceCaseView> cases,
      List<ComplaintView> complaints,
      List<CaseEventLine> caseEvents,
      List<ComplaintEventLine> complaintEvents,
      int max) {
    Instant now = Instant.from(NOW);
    return OverviewAssembly.assemble(
        customer,
        equipment,
        List.of(
            CaseOverviewSource.part(cases, caseEvents, now),
            ComplaintOverviewSource.part(complaints, complaintEvents, now)),
        max,
        now);
  }

  private static OpenStep step(String taskId, String step, OffsetDateTime due, String assignee) {
    return new OpenStep(
        taskId,
        step,
        step,
        due,
        false,
        assignee,
        List.of(step.startsWith("contact") ? "COMPLAINT_HANDLER" : "AGENT"));
  }

  private static SlaRecordView sla(
      String step,
      OffsetDateTime started,
      OffsetDateTime due,
      OffsetDateTime completed,
      OffsetDateTime cancelled,
      boolean breached,
      Long breachedBy) {
    return new SlaRecordView(
        step,
        "WORKING_HOURS:4",
        started,
        null,
        due,
        completed,
        false,
        breached,
        breachedBy,
        false,
        cancelled);
  }

  private static ServiceCaseView serviceCase(
      String caseNo, OffsetDateTime created, List<OpenStep> steps, List<SlaRecordView> sla) {
    return new ServiceCaseView(
        caseNo,
        CaseStatus.OPEN,
        ServiceType.REPAIR,
        Channel.PHONE,
        Warranty.UNKNOWN,
        "3301000005",
        "陈国强",
        "插座冒火花",
        created,
        "agent",
        steps,
        false,
        sla);
  }

  private static ComplaintView complaint(
      String complaintNo,
      OffsetDateTime created,
      List<OpenStep> steps,
      List<ComplaintView.Breach> breaches,
      OffsetDateTime contactDue,
      OffsetDateTime contactedAt,
      OffsetDateTime replyDue,
      OffsetDateTime repliedAt) {
    return new ComplaintView(
        complaintNo,
        ComplaintStatus.OPEN,
        Grade.GENERAL,
        breaches.isEmpty() ? 0 : 2,
        ComplaintClass.SERVICE,
        Referral.NONE,
        Channel.PHONE,
        "3301000005",
        "陈国强",
        "态度差",
        null,
        null,
        0,
        created,
        "agent",
        contactDue,
        contactedAt,
        replyDue,
        repliedAt,
        null,
        false,
        steps,
        breaches,
        List.of());
  }

  private static TimelineEntry entry(OffsetDateTime at, String actor, String type) {
    return new TimelineEntry(at, actor, type, null, null);
  }
}
