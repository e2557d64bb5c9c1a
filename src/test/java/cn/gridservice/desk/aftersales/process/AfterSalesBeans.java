package cn.gridservice.desk.aftersales.process;

import cn.gridservice.desk.aftersales.sla.FlagFirstWarningDelegate;
import cn.gridservice.desk.aftersales.sla.FlagWarningDelegate;
import cn.gridservice.desk.aftersales.sla.InMemorySlaRecords;
import cn.gridservice.desk.aftersales.sla.MarkOverdueDelegate;
import cn.gridservice.desk.aftersales.sla.RecordingSlaNotifier;
import cn.gridservice.desk.aftersales.sla.SlaRecorder;
import cn.gridservice.desk.aftersales.sla.SlaTimers;
import cn.gridservice.desk.calendar.domain.SeededCalendar;
import cn.gridservice.desk.workflow.EngineClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans that processes/afterSales.bpmn calls by name, built as the server builds them but on
 * the in-memory engine, the seeded calendar, in-memory SLA records and a notifier that only
 * remembers. Register them in {@code @BeforeEach}; {@code Mocks.reset()} in {@code @AfterEach}
 * drops them.
 */
public final class AfterSalesBeans {

  public final InMemorySlaRecords records = new InMemorySlaRecords();
  public final RecordingSlaNotifier notifier = new RecordingSlaNotifier();
  public final SlaTimers timers;

  private AfterSalesBeans(ProcessEngine engine) {
    timers =
        new SlaTimers(engine.getDecisionService(), SeededCalendar::calendar, new EngineClock());
  }

  public static AfterSalesBeans register(ProcessEngine engine) {
    AfterSalesBeans beans = new AfterSalesBeans(engine);
    Mocks.register(
        "serviceDeadlines", new ServiceDeadlines(engine.getDecisionService(), new EngineClock()));
    Mocks.register("slaTimers", beans.timers);
    Mocks.register("slaRecorder", new SlaRecorder(beans.records, beans.timers, new EngineClock()));
    Mocks.register(
        "flagFirstWarningDelegate",
        new FlagFirstWarningDelegate(beans.records, beans.timers, beans.notifier));
    Mocks.register(
        "flagWarningDelegate",
        new FlagWarningDelegate(beans.records, beans.timers, beans.notifier));
    Mocks.register(
        "markOverdueDelegate",
        new MarkOverdueDelegate(beans.records, beans.timers, beans.notifier));
    return beans;
  }
}
