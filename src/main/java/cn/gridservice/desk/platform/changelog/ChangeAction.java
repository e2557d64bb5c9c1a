package cn.gridservice.desk.platform.changelog;

/** What was done to a record. */
public enum ChangeAction {
  CREATED,
  UPDATED,
  DEACTIVATED,
  REACTIVATED,
  PASSWORD_RESET,
  IMPORTED
}
