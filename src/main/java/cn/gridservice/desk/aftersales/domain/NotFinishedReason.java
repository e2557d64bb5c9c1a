package cn.gridservice.desk.aftersales.domain;

/** Why a visit could not finish the work; the case goes back to scheduling. */
public enum NotFinishedReason {
  /** 缺少备件 */
  MISSING_PARTS,
  /** 客户不在 */
  CUSTOMER_ABSENT,
  /** 其他 */
  OTHER
}
