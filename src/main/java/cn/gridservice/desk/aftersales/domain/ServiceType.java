package cn.gridservice.desk.aftersales.domain;

/** Service types of the after-sales rules (电站售后管理制度 §2.1) plus fault repair. */
public enum ServiceType {
  /** 设备维修 */
  REPAIR,
  /** 故障排除 */
  TROUBLESHOOTING,
  /** 设备保养 */
  MAINTENANCE,
  /** 技术咨询 */
  ENQUIRY,
  /** 故障报修: urgent, skips acceptance, 24×7 arrival limits */
  FAULT_REPAIR
}
