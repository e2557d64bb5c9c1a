package cn.gridservice.desk.customer.notice;

import cn.gridservice.desk.customer.application.ContactMasking;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * SMS to the customer's mobile number through the {@link SmsSender} named by the setting {@code
 * GSD_SMS_SENDER} ({@code gsd.sms.sender}); {@code none}, the default, turns the channel off, so
 * that a customer without e-mail is called instead. A landline cannot take an SMS.
 */
@ApplicationScoped
public class SmsChannel implements NoticeChannel {

  public static final String SETTING = "gsd.sms.sender";
  public static final String NONE = "none";

  private static final Logger LOG = Logger.getLogger(SmsChannel.class.getName());
  private static final Pattern MOBILE = Pattern.compile("(?:86)?1[3-9]\\d{9}");

  @Inject @Any Instance<SmsSender> senders;

  @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  private SmsSender sender;
  private java.util.concurrent.Executor testExecutor;

  public SmsChannel() {}

  /**
   * For tests: this sender (null: none configured), sending on this executor, without a
   * transaction.
   */
  public SmsChannel(SmsSender sender, java.util.concurrent.Executor executor) {
    this.sender = sender;
    this.testExecutor = executor;
  }

  @PostConstruct
  void chooseSender() {
    String name = Settings.get(SETTING).orElse(NONE);
    if (NONE.equalsIgnoreCase(name)) {
      return;
    }
    Instance<SmsSender> named = senders.select(NamedLiteral.of(name));
    if (named.isResolvable()) {
      sender = named.get();
      LOG.info(() -> "SMS notices go through the sender '" + name + "'");
    } else {
      LOG.warning(
          () ->
              "GSD_SMS_SENDER names '"
                  + name
                  + "', but no SmsSender bean has that name: no SMS is sent");
    }
  }

  @Override
  public String name() {
    return "SMS";
  }

  /** The mobile number on record, when an SMS sender is configured. */
  @Override
  public Optional<String> address(Customer customer) {
    if (sender == null || customer.phone() == null) {
      return Optional.empty();
    }
    String digits = customer.phone().replaceAll("[^0-9]", "");
    return MOBILE.matcher(digits).matches()
        ? Optional.of(customer.phone().strip())
        : Optional.empty();
  }

  @Override
  public void sendAfterCommit(String mobile, NoticeText text) {
    SmsSender chosen = sender;
    if (chosen == null) {
      return;
    }
    Runnable send =
        () -> {
          try {
            if (!chosen.send(mobile, text.shortText())) {
              LOG.warning(
                  () ->
                      "SMS to "
                          + ContactMasking.maskPhone(mobile)
                          + " was not taken by the gateway");
            }
          } catch (RuntimeException e) {
            LOG.log(
                Level.WARNING,
                "SMS to " + ContactMasking.maskPhone(mobile) + " failed: " + e.getMessage(),
                e);
          }
        };
    if (transactions == null || transactions.getTransactionKey() == null) {
      later(send);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int outcome) {
            if (outcome == Status.STATUS_COMMITTED) {
              later(send);
            }
          }
        });
  }

  private void later(Runnable send) {
    try {
      (testExecutor != null ? testExecutor : executor).execute(send);
    } catch (RejectedExecutionException | IllegalStateException e) {
      LOG.log(Level.WARNING, "SMS could not be queued: " + e.getMessage(), e);
    }
  }
}
