package cn.gridservice.desk.complaint.domain;

/** How the handler reached the customer. */
public enum ContactMethod {
  PHONE,
  VISIT,
  SMS,
  EMAIL,
  WECHAT
}
