package cn.gridservice.desk.customer.overview;

import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.overview.CustomerOverview.CaseLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.ComplaintBreachLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.ComplaintLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.EscalationLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.Kind;
import cn.gridservice.desk.customer.overview.CustomerOverview.OpenTask;
import cn.gridservice.desk.customer.overview.CustomerOverview.SlaLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.TimelineLine;
import java.time.Instant;
import java.util.List;

/**
 * A process's part of the 360° view of a customer: the service cases, the complaints. Each process
 * offers one as a CDI bean; the overview asks every one of them, in the order of their {@link
 * #kind()} (a fixed number of queries each, however many cases or complaints the customer has).
 */
public interface OverviewSource {

  /** What this source's lines belong to; also the order in which the parts are put together. */
  Kind kind();

  /**
   * @param privacy how the customer's contact data is masked for the viewer
   * @param timelineLines how many of the newest timeline lines to give at most
   * @param now the moment "overdue" and "late" are counted at
   */
  Part partOf(Customer customer, CustomerPrivacy privacy, int timelineLines, Instant now);

  /**
   * The lines of one process, in any order but the timeline's (newest first; among equal times the
   * later recorded first). A source fills what it has and leaves the rest empty.
   */
  record Part(
      List<CaseLine> serviceCases,
      List<ComplaintLine> complaints,
      List<OpenTask> openTasks,
      List<SlaLine> slaRecords,
      List<ComplaintBreachLine> complaintBreaches,
      List<EscalationLine> complaintEscalations,
      List<TimelineLine> timeline) {

    public Part {
      serviceCases = List.copyOf(serviceCases);
      complaints = List.copyOf(complaints);
      openTasks = List.copyOf(openTasks);
      slaRecords = List.copyOf(slaRecords);
      complaintBreaches = List.copyOf(complaintBreaches);
      complaintEscalations = List.copyOf(complaintEscalations);
      timeline = List.copyOf(timeline);
    }
  }
}
