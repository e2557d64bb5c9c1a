package cn.gridservice.desk.complaint.domain;

/**
 * Where a complaint stands: being handled, replied and waiting for the follow-up call, or archived.
 */
public enum ComplaintStatus {
  OPEN,
  REPLIED,
  ARCHIVED
}
