package cn.gridservice.desk.customer.notice;

import cn.gridservice.desk.customer.domain.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a customer about their case or complaint through every {@link NoticeChannel} that reaches
 * them (mail to the address on record, SMS to the mobile when a sender is configured). Sending
 * happens after the caller's transaction commits; nothing here fails the caller's step. The caller
 * writes the returned {@link Delivery} on its timeline — a customer no channel reaches is to be
 * called.
 */
@ApplicationScoped
public class CustomerNotices {

  private static final Logger LOG = Logger.getLogger(CustomerNotices.class.getName());

  @Inject Instance<NoticeChannel> channels;

  private List<NoticeChannel> fixedChannels;

  public CustomerNotices() {}

  /** For tests: these channels, in this order. */
  public CustomerNotices(List<NoticeChannel> channels) {
    this.fixedChannels = List.copyOf(channels);
  }

  /**
   * How a notice went out: {@code sentVia} lines such as {@code MAIL zhang@example.cn}; empty when
   * no channel reaches the customer, who must then be told by phone.
   */
  public record Delivery(NoticeKind kind, List<String> sentVia) {

    public boolean mustCall() {
      return sentVia.isEmpty();
    }

    /**
     * For the timeline: {@code VISIT_SCHEDULED: MAIL a@b.cn, SMS 138…}; the address is masked when
     * it is read.
     */
    public String detail() {
      return kind
          + ": "
          + (mustCall()
              ? "no e-mail or SMS on record: tell the customer by phone"
              : String.join(", ", sentVia));
    }
  }

  public Delivery tell(Customer customer, CustomerNotice notice) {
    NoticeText text = NoticeTexts.compose(notice);
    List<String> sent = new ArrayList<>();
    for (NoticeChannel channel : channels()) {
      try {
        Optional<String> address = channel.address(customer);
        if (address.isPresent()) {
          channel.sendAfterCommit(address.get(), text);
          sent.add(channel.name() + " " + address.get());
        }
      } catch (RuntimeException e) {
        // a broken channel never fails the step: the customer is called instead
        LOG.log(
            Level.WARNING,
            channel.name()
                + " notice "
                + notice.kind()
                + " about "
                + notice.reference()
                + " could not be queued: "
                + e.getMessage(),
            e);
      }
    }
    return new Delivery(notice.kind(), List.copyOf(sent));
  }

  private List<NoticeChannel> channels() {
    if (fixedChannels != null) {
      return fixedChannels;
    }
    // mail first, then SMS, then any other channel a deployment adds, by name
    List<NoticeChannel> all = new ArrayList<>();
    channels.forEach(all::add);
    all.sort(
        java.util.Comparator.comparing(
                (NoticeChannel c) -> c.name().equals("MAIL") ? 0 : c.name().equals("SMS") ? 1 : 2)
            .thenComparing(NoticeChannel::name));
    return all;
  }
}
