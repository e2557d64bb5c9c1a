package cn.gridservice.desk.customer.domain;

/** Supply area; drives the fault-repair arrival limits (城区 45 min, 农村 90 min, 特殊边远 2 h). */
public enum Area {
  /** 城区 */
  URBAN,
  /** 农村 */
  RURAL,
  /** 特殊边远 */
  REMOTE
}
