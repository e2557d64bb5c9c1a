package cn.gridservice.desk.aftersales.sla;

import static cn.gridservice.desk.testsupport.TestTimes.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The life of one step's SLA record. */
class SlaRecordTest {

  private static final Instant START = instant("2026-03-02T09:00:00+08:00");
  private static final Instant WARN = instant("2026-03-02T13:42:00+08:00");
  private static final Instant DUE = instant("2026-03-02T14:30:00+08:00");

  @Test
  void aStepCompletedBeforeItsDueDateIsKept() {
    SlaRecord record = record(new SlaSchedule("WORKING_HOURS:4", 80, START, WARN, DUE, false));

    assertThat(record.warn(WARN)).isTrue();
    record.complete(instant("2026-03-02T14:00:00+08:00"));

    assertThat(record.warned()).isTrue();
    assertThat(record.breached()).isFalse();
    assertThat(record.breachedBySeconds()).isNull();
    assertThat(record.isOpen()).isFalse();
  }

  @Test
  void aStepCompletedLateIsBreachedByTheSecondsPastItsDueDate() {
    SlaRecord record = record(new SlaSchedule("WORKING_HOURS:4", 80, START, WARN, DUE, false));

    assertThat(record.markOverdue(DUE)).isTrue();
    assertThat(record.breached()).isTrue();
    assertThat(record.breachedBySeconds()).isNull();
    record.complete(instant("2026-03-02T15:01:05+08:00"));

    assertThat(record.breachedBySeconds()).isEqualTo(31 * 60 + 5);
    assertThat(record.overdueAt()).isEqualTo(DUE);
  }

  @Test
  void aWarningOrOverdueMarkCountsOnceAndNeverAfterTheOverdueMarkOrTheEnd() {
    SlaRecord record = record(new SlaSchedule("WORKING_HOURS:4", 80, START, WARN, DUE, false));
    assertThat(record.markOverdue(DUE)).isTrue();
    assertThat(record.markOverdue(DUE)).isFalse();
    assertThat(record.warn(DUE)).isFalse();

    SlaRecord closed = record(new SlaSchedule("WORKING_HOURS:4", 80, START, WARN, DUE, false));
    closed.complete(WARN);
    assertThat(closed.warn(WARN)).isFalse();
    assertThat(closed.markOverdue(DUE)).isFalse();
    closed.complete(DUE.plusSeconds(600));
    assertThat(closed.completedAt()).isEqualTo(WARN);
  }

  @Test
  void aStepWithoutALimitIsNeitherWarnedNorBreached() {
    SlaRecord record = record(new SlaSchedule(null, 80, START, null, null, false));

    assertThat(record.warn(WARN)).isFalse();
    assertThat(record.markOverdue(DUE)).isFalse();
    record.complete(instant("2026-03-09T09:00:00+08:00"));
    assertThat(record.breached()).isFalse();
    assertThat(record.warnPercent()).isNull();
  }

  @Test
  void aStepCancelledLateStaysBreached() {
    SlaRecord record = record(new SlaSchedule("WORKING_HOURS:4", 80, START, WARN, DUE, false));

    record.cancel(DUE.plusSeconds(60));

    assertThat(record.cancelledAt()).isEqualTo(DUE.plusSeconds(60));
    assertThat(record.completedAt()).isNull();
    assertThat(record.breached()).isTrue();
    assertThat(record.breachedBySeconds()).isEqualTo(60);
  }

  @Test
  void aRescheduledStepIsJudgedByItsNewDueDate() {
    SlaRecord record = record(new SlaSchedule("WORKING_DAYS:1", 80, START, WARN, DUE, true));

    record.reschedule(DUE, DUE.plusSeconds(3600), false);
    record.complete(DUE.plusSeconds(1800));

    assertThat(record.breached()).isFalse();
    assertThat(record.provisional()).isFalse();
  }

  @Test
  void aRecordNeedsItsCaseTaskAndStep() {
    SlaSchedule schedule = new SlaSchedule("WORKING_HOURS:4", 80, START, WARN, DUE, false);
    assertThatThrownBy(() -> new SlaRecord(" ", "pi-1", "task-1", "acceptRequest", schedule))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("caseNo");
    assertThatThrownBy(
            () ->
                new SlaRecord(
                    "SH-2026-000001-TOO-LONG", "pi-1", "task-1", "acceptRequest", schedule))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20");
    assertThatThrownBy(
            () -> new SlaRecord("SH-2026-000001", "pi-1", null, "acceptRequest", schedule))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("taskId");
  }

  private static SlaRecord record(SlaSchedule schedule) {
    return new SlaRecord("SH-2026-000001", "pi-1", "task-1", "acceptRequest", schedule);
  }
}
