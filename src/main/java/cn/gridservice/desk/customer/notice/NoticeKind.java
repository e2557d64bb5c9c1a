package cn.gridservice.desk.customer.notice;

/** What the customer is told; each has its texts in {@code i18n/notices_*.properties}. */
public enum NoticeKind {
  /** 受理: the request was accepted. */
  CASE_ACCEPTED,
  /** 预约: a visit was agreed, with its time window. */
  VISIT_SCHEDULED,
  /** 改约: the agreed visit moved to another time window. */
  VISIT_MOVED,
  /** 投诉登记: the complaint was registered, with the date by which it will be answered. */
  COMPLAINT_REGISTERED
}
