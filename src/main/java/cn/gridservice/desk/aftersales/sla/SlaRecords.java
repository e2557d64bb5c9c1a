package cn.gridservice.desk.aftersales.sla;

import java.util.List;
import java.util.Optional;

/**
 * The SLA records of the after-sales steps. The server keeps them in the database, in the engine's
 * transaction ({@link JpaSlaRecords}); a record found here is changed in place and saved with it.
 */
public interface SlaRecords {

  void add(SlaRecord record);

  Optional<SlaRecord> byTask(String taskId);

  /** Every step of the case, in the order the steps started. */
  List<SlaRecord> byCase(String caseNo);
}
