package cn.gridservice.desk.customer.notice;

import cn.gridservice.desk.customer.domain.Customer;
import java.util.Optional;

/**
 * A way to reach a customer (mail, SMS, …). Implementations are CDI beans; {@link CustomerNotices}
 * uses every channel that can reach the customer. Sending happens after the caller's transaction
 * commits and never throws: a failure is logged, the step it belongs to stands.
 */
public interface NoticeChannel {

  /** Short name for the timeline: MAIL, SMS. */
  String name();

  /**
   * Where this channel reaches the customer (an e-mail address, a mobile number), or empty when it
   * cannot.
   */
  Optional<String> address(Customer customer);

  /**
   * Sends the text to the address once the current transaction has committed (at once without one).
   */
  void sendAfterCommit(String address, NoticeText text);
}
