package cn.gridservice.desk.customer.domain;

/** 用电类别 as the service standards group customers. */
public enum CustomerCategory {
  /** 居民 */
  RESIDENTIAL,
  /** 低压非居民 */
  LOW_VOLTAGE_NON_RESIDENTIAL,
  /** 高压单电源 */
  HIGH_VOLTAGE_SINGLE_SOURCE,
  /** 高压双电源 */
  HIGH_VOLTAGE_DUAL_SOURCE
}
