package cn.gridservice.desk.complaint.process;

/**
 * Tells staff about a complaint. Called inside the engine's transaction: nothing may leave before
 * it commits, and a failure to tell must not fail the step ({@link ComplaintMailNotifier}).
 */
public interface ComplaintNotifier {

  void send(ComplaintNotice notice);
}
