package cn.gridservice.desk.aftersales.sla;

import java.util.ArrayList;
import java.util.List;

/** Keeps what would have been sent, for the process tests to read. */
public final class RecordingSlaNotifier implements SlaNotifier {

  private final List<SlaNotice> sent = new ArrayList<>();

  @Override
  public synchronized void send(SlaNotice notice) {
    sent.add(notice);
  }

  public synchronized List<SlaNotice> sent() {
    return List.copyOf(sent);
  }
}
