package cn.gridservice.desk.complaint.domain;

/**
 * Who referred the complaint to us (转办来源); any referral raises the grade (complaintGrading.dmn).
 * Labels: {@code referral.<NAME>} in the messages.
 */
public enum Referral {
  /** The customer came to us directly. */
  NONE,
  MEDIA,
  GOVERNMENT,
  REGULATOR;
}
