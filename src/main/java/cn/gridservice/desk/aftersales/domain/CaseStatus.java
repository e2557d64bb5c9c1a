package cn.gridservice.desk.aftersales.domain;

public enum CaseStatus {
  OPEN,
  RESOLVED,
  REJECTED,
  CANCELLED
}
