package cn.gridservice.desk.aftersales.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * SLA records in the {@code sla_record} table. The engine's listeners call it inside the engine's
 * JTA transaction, so a record commits or rolls back with the step it describes.
 */
@ApplicationScoped
@Transactional
public class JpaSlaRecords implements SlaRecords {

  @PersistenceContext EntityManager em;

  @Override
  public void add(SlaRecord record) {
    em.persist(record);
  }

  @Override
  public Optional<SlaRecord> byTask(String taskId) {
    return em.createNamedQuery("SlaRecord.byTask", SlaRecord.class)
        .setParameter("taskId", taskId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SlaRecord> byCase(String caseNo) {
    return em.createNamedQuery("SlaRecord.byCase", SlaRecord.class)
        .setParameter("caseNo", caseNo)
        .getResultList();
  }
}
