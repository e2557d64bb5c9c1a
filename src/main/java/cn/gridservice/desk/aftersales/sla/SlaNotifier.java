package cn.gridservice.desk.aftersales.sla;

/**
 * Tells the team leader about a step's time limit. Called inside the engine's transaction: an
 * implementation must not send anything before that transaction commits, and must not fail the step
 * when telling fails ({@link SlaMailNotifier}).
 */
public interface SlaNotifier {

  void send(SlaNotice notice);
}
