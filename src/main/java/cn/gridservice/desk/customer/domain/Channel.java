package cn.gridservice.desk.customer.domain;

/** How the customer's request reached us (a service request, a complaint). */
public enum Channel {
  PHONE,
  COUNTER,
  ONLINE,
  EMAIL,
  WECHAT,
  API
}
