package cn.gridservice.desk.customer.status;

/**
 * Where a case or complaint stands, in words a customer understands; the texts are {@code
 * publicStatus.state.<NAME>} in the message bundles.
 */
public enum PublicState {
  /** 已收到，等待受理 */
  RECEIVED,
  /** 已受理，正在安排上门 */
  ARRANGING_VISIT,
  /** 已预约，等待上门服务 */
  VISIT_BOOKED,
  /** 服务已完成，等待回访 */
  AWAITING_FOLLOW_UP,
  /** 由服务经理审核处理 */
  UNDER_REVIEW,
  /** 处理中 (a step without a plainer word) */
  IN_PROGRESS,
  /** 已办结 */
  RESOLVED,
  /** 未予受理 */
  REJECTED,
  /** 已撤销 */
  CANCELLED,
  /** 投诉已登记，将与您联系 */
  COMPLAINT_REGISTERED,
  /** 投诉正在调查处理 */
  COMPLAINT_IN_HAND,
  /** 已答复，等待回访 */
  COMPLAINT_REPLIED,
  /** 投诉已办结归档 */
  COMPLAINT_CLOSED
}
