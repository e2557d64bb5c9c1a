package cn.gridservice.desk.complaint.domain;

/**
 * Complaint classes of the 95598 business measures (2014). Labels: {@code complaintClass.<NAME>} in
 * the messages.
 */
public enum ComplaintClass {
  /** Staff conduct and service channels. */
  SERVICE,
  /** Connection, metering, billing, fees. */
  BUSINESS,
  /** Outages and repair conduct. */
  OUTAGE,
  /** Voltage, frequency, reliability. */
  SUPPLY_QUALITY,
  /** Grid construction. */
  GRID_CONSTRUCTION;
}
