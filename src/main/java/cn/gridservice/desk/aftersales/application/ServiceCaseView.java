package cn.gridservice.desk.aftersales.application;

import cn.gridservice.desk.aftersales.domain.CaseStatus;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.domain.Warranty;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.workflow.OpenSteps;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A service case as staff and integrations see it, with the steps open now. {@code
 * deadlinesProvisional} is true while any open step's due date rests on a year without official
 * holiday data.
 */
public record ServiceCaseView(
    String caseNo,
    CaseStatus status,
    ServiceType serviceType,
    Channel channel,
    Warranty warranty,
    String customerNo,
    String customerName,
    String description,
    OffsetDateTime createdAt,
    String createdBy,
    List<OpenSteps.OpenStep> openSteps,
    boolean deadlinesProvisional,
    List<SlaRecordView> slaRecords) {

  /**
   * How a step did against its limit. {@code limit} in the notation of processes/README.md; {@code
   * cancelledAt} when the step was withdrawn (the customer cancelled) rather than completed.
   */
  public record SlaRecordView(
      String step,
      String limit,
      OffsetDateTime startedAt,
      OffsetDateTime warnAt,
      OffsetDateTime due,
      OffsetDateTime completedAt,
      boolean warned,
      boolean breached,
      Long breachedBySeconds,
      boolean provisional,
      OffsetDateTime cancelledAt) {}
}
