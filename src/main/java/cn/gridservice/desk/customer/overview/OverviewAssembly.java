package cn.gridservice.desk.customer.overview;

import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.customer.domain.Equipment;
import cn.gridservice.desk.customer.overview.CustomerOverview.ComplaintBreachLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.EquipmentLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.EscalationLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.OpenTask;
import cn.gridservice.desk.customer.overview.CustomerOverview.SlaLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.TimelineLine;
import cn.gridservice.desk.platform.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Puts the 360° view together from the archive and the processes' parts ({@link OverviewSource});
 * no database, no engine, no clock of its own.
 */
final class OverviewAssembly {

  private static final Comparator<OffsetDateTime> NEWEST_FIRST =
      Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder().reversed());

  private OverviewAssembly() {}

  /**
   * @param parts the processes' parts, cases before complaints; each timeline newest first, up to
   *     {@code timelineMax + 1} lines (one more than shown says that there are more)
   */
  static CustomerOverview assemble(
      CustomerView customer,
      List<Equipment> equipment,
      List<OverviewSource.Part> parts,
      int timelineMax,
      Instant now) {
    LocalDate today = LocalDate.ofInstant(now, Times.BUSINESS_ZONE);
    List<TimelineLine> timeline = timeline(parts);
    return new CustomerOverview(
        customer,
        equipment.stream()
            .map(
                e ->
                    new EquipmentLine(
                        e.name(),
                        e.model(),
                        e.serialNo(),
                        e.installedOn(),
                        e.warrantyEnd(),
                        e.inWarrantyOn(today)))
            .toList(),
        List.copyOf(all(parts, OverviewSource.Part::serviceCases)),
        List.copyOf(all(parts, OverviewSource.Part::complaints)),
        openTasks(parts),
        sorted(
            all(parts, OverviewSource.Part::slaRecords),
            Comparator.comparing(SlaLine::startedAt, NEWEST_FIRST)),
        sorted(
            all(parts, OverviewSource.Part::complaintBreaches),
            Comparator.comparing(ComplaintBreachLine::breachedAt, NEWEST_FIRST)),
        sorted(
            all(parts, OverviewSource.Part::complaintEscalations),
            Comparator.comparing(EscalationLine::at, NEWEST_FIRST)),
        timeline.size() > timelineMax ? List.copyOf(timeline.subList(0, timelineMax)) : timeline,
        timeline.size() > timelineMax,
        Times.toBusinessTime(now));
  }

  /**
   * The open tasks of cases and complaints together: the earliest due first, those without a due
   * date last.
   */
  static List<OpenTask> openTasks(List<OverviewSource.Part> parts) {
    return sorted(
        all(parts, OverviewSource.Part::openTasks),
        Comparator.comparing(
                OpenTask::due, Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()))
            .thenComparing(OpenTask::reference)
            .thenComparing(OpenTask::step));
  }

  /**
   * All timelines in one, newest first; of two lines at the same moment the earlier part's (the
   * case's) comes first.
   */
  static List<TimelineLine> timeline(List<OverviewSource.Part> parts) {
    // stable: each source keeps its own order (newest first, then the later recorded) among equal
    // times
    return sorted(
        all(parts, OverviewSource.Part::timeline),
        Comparator.comparing(TimelineLine::at, NEWEST_FIRST));
  }

  private static <T> List<T> all(
      List<OverviewSource.Part> parts, Function<OverviewSource.Part, List<T>> lines) {
    List<T> all = new ArrayList<>();
    parts.forEach(part -> all.addAll(lines.apply(part)));
    return all;
  }

  /** A stable sort: lines that compare equal keep the order of the parts and within them. */
  private static <T> List<T> sorted(List<T> lines, Comparator<T> order) {
    List<T> copy = new ArrayList<>(lines);
    copy.sort(order);
    return List.copyOf(copy);
  }
}
