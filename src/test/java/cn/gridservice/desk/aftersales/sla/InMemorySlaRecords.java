package cn.gridservice.desk.aftersales.sla;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * SLA records for the in-memory engine, which has no JPA. Records change in place, as managed
 * entities do; unlike the database they do not roll back with a failed engine command.
 */
public final class InMemorySlaRecords implements SlaRecords {

  private final List<SlaRecord> records = new ArrayList<>();

  @Override
  public synchronized void add(SlaRecord record) {
    if (byTask(record.taskId()).isPresent()) {
      throw new IllegalStateException("task " + record.taskId() + " has a record already");
    }
    records.add(record);
  }

  @Override
  public synchronized Optional<SlaRecord> byTask(String taskId) {
    return records.stream().filter(r -> r.taskId().equals(taskId)).findFirst();
  }

  @Override
  public synchronized List<SlaRecord> byCase(String caseNo) {
    return records.stream()
        .filter(r -> r.caseNo().equals(caseNo))
        .sorted(Comparator.comparing(SlaRecord::startedAt))
        .toList();
  }

  /** Every record of the process instance's steps, in the order the steps started. */
  public synchronized List<SlaRecord> byProcessInstance(String processInstanceId) {
    return records.stream()
        .filter(r -> r.processInstanceId().equals(processInstanceId))
        .sorted(Comparator.comparing(SlaRecord::startedAt))
        .toList();
  }
}
