package cn.gridservice.desk.complaint.domain;

/**
 * The grade of a complaint (投诉等级, 95598 practice; unconfirmed ⚠, so what raises it lives in {@code
 * processes/complaintGrading.dmn}). The level is the sum the decision table gives, capped at 3.
 * Labels: {@code grade.<NAME>} in the messages.
 */
public enum Grade {
  GENERAL,
  IMPORTANT,
  MAJOR,
  SPECIAL;

  /** 0 for GENERAL up to 3 for SPECIAL. */
  public int level() {
    return ordinal();
  }

  /** The grade of a level, capped: below 0 is GENERAL, 3 and above SPECIAL. */
  public static Grade ofLevel(int level) {
    Grade[] grades = values();
    return grades[Math.max(0, Math.min(level, grades.length - 1))];
  }

  /** One grade up; SPECIAL stays SPECIAL. */
  public Grade raised() {
    return ofLevel(level() + 1);
  }
}
