package cn.gridservice.desk.aftersales.domain;

/** How the request reached us. */
public enum Channel {
  PHONE, COUNTER, ONLINE, EMAIL, WECHAT, API
}
