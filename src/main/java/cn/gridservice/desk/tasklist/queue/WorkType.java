package cn.gridservice.desk.tasklist.queue;

/** What a task belongs to. */
public enum WorkType {
  SERVICE_CASE,
  COMPLAINT,
  /** A task of another model (probes, models added later without a case or complaint). */
  OTHER
}
