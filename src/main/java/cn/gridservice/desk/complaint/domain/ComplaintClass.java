package cn.gridservice.desk.complaint.domain;

/** Complaint classes of the 95598 business measures (2014). */
public enum ComplaintClass {
  /** Staff conduct and service channels. */
  SERVICE("服务投诉", "Service complaint"),
  /** Connection, metering, billing, fees. */
  BUSINESS("营业投诉", "Business complaint"),
  /** Outages and repair conduct. */
  OUTAGE("停送电投诉", "Outage complaint"),
  /** Voltage, frequency, reliability. */
  SUPPLY_QUALITY("供电质量投诉", "Supply quality complaint"),
  /** Grid construction. */
  GRID_CONSTRUCTION("电网建设投诉", "Grid construction complaint");

  private final String chineseName;
  private final String englishName;

  ComplaintClass(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  public String chineseName() {
    return chineseName;
  }

  public String englishName() {
    return englishName;
  }
}
