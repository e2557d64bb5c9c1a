package cn.gridservice.desk.customer.notice;

import java.time.Instant;
import java.util.Objects;

/**
 * One notice to one customer: what happened to which case or complaint ({@code reference}) and the
 * times the customer needs — the visit's window ({@code start}, {@code end}), the window it moved
 * from ({@code previousStart}, {@code previousEnd}) or the reply limit ({@code due}).
 */
public record CustomerNotice(
    NoticeKind kind,
    String reference,
    Instant start,
    Instant end,
    Instant previousStart,
    Instant previousEnd,
    Instant due) {

  public CustomerNotice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
  }

  public static CustomerNotice caseAccepted(String caseNo) {
    return new CustomerNotice(NoticeKind.CASE_ACCEPTED, caseNo, null, null, null, null, null);
  }

  public static CustomerNotice visitScheduled(String caseNo, Instant start, Instant end) {
    return new CustomerNotice(
        NoticeKind.VISIT_SCHEDULED,
        caseNo,
        Objects.requireNonNull(start),
        Objects.requireNonNull(end),
        null,
        null,
        null);
  }

  public static CustomerNotice visitMoved(
      String caseNo, Instant start, Instant end, Instant previousStart, Instant previousEnd) {
    return new CustomerNotice(
        NoticeKind.VISIT_MOVED,
        caseNo,
        Objects.requireNonNull(start),
        Objects.requireNonNull(end),
        Objects.requireNonNull(previousStart),
        Objects.requireNonNull(previousEnd),
        null);
  }

  /**
   * @param replyDue when the complaint will be answered at the latest (null: not known yet)
   */
  public static CustomerNotice complaintRegistered(String complaintNo, Instant replyDue) {
    return new CustomerNotice(
        NoticeKind.COMPLAINT_REGISTERED, complaintNo, null, null, null, null, replyDue);
  }
}
