package cn.gridservice.desk.complaint.domain;

/** Who referred the complaint to us (转办来源); any referral raises the grade (complaintGrading.dmn). */
public enum Referral {
  /** The customer came to us directly. */
  NONE("无", "None"),
  MEDIA("媒体", "Media"),
  GOVERNMENT("政府部门", "Government department"),
  REGULATOR("监管机构", "Regulator");

  private final String chineseName;
  private final String englishName;

  Referral(String chineseName, String englishName) {
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
