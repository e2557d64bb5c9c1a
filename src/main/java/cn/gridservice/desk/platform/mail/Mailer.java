package cn.gridservice.desk.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Date;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends plain-text UTF-8 mail through the server's mail session. {@link #sendAfterCommit} is the
 * one to use from inside a transaction (a process step, a service call): the mail leaves only when
 * the transaction commits, never for a step that rolls back and is retried, and on a thread of the
 * managed executor, so a slow or absent mail server delays neither the commit nor the job executor.
 * A mail that cannot be sent is logged, never thrown.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Resource(lookup = "java:jboss/mail/gsd")
  Session session;

  // global names: this bean may first be created on a job-executor thread, where java:comp is not
  // bound
  @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService managedExecutor;

  private Executor executor;

  public Mailer() {}

  /**
   * For tests: a plain session (e.g. pointed at GreenMail), the registry of the transaction to wait
   * for (null: none) and the executor to send on.
   */
  public Mailer(
      Session session, TransactionSynchronizationRegistry transactions, Executor executor) {
    this.session = session;
    this.transactions = transactions;
    this.executor = executor;
  }

  /**
   * Sends once the current transaction has committed; without a transaction at once. On the
   * executor's thread in either case. Nothing is sent when the transaction rolls back.
   */
  public void sendAfterCommit(Mail mail) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      sendLater(mail);
      return;
    }
    int status = transactions.getTransactionStatus();
    if (status != Status.STATUS_ACTIVE) {
      LOG.info(
          () ->
              "Mail '"
                  + mail.subject()
                  + "' not sent: its transaction will not commit (status "
                  + status
                  + ")");
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int outcome) {
            if (outcome == Status.STATUS_COMMITTED) {
              sendLater(mail);
            } else {
              LOG.fine(() -> "Mail '" + mail.subject() + "' not sent: its transaction rolled back");
            }
          }
        });
  }

  /**
   * Sends now, on the calling thread.
   *
   * @return whether the mail server took the mail; a failure is logged
   */
  public boolean send(Mail mail) {
    try {
      MimeMessage message = new MimeMessage(session);
      // the session's mail.from (the mail subsystem's from attribute)
      message.setFrom();
      for (String to : mail.to()) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      }
      message.setSubject(mail.subject(), "UTF-8");
      message.setText(mail.body(), "UTF-8");
      message.setSentDate(new Date());
      Transport.send(message);
      LOG.fine(() -> "Mail '" + mail.subject() + "' sent to " + mail.to());
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Mail '" + mail.subject() + "' to " + mail.to() + " could not be sent: " + e.getMessage(),
          e);
      return false;
    }
  }

  private void sendLater(Mail mail) {
    try {
      executor().execute(() -> send(mail));
    } catch (RejectedExecutionException | IllegalStateException e) {
      LOG.log(
          Level.WARNING,
          "Mail '"
              + mail.subject()
              + "' to "
              + mail.to()
              + " could not be queued: "
              + e.getMessage(),
          e);
    }
  }

  private Executor executor() {
    return executor != null ? executor : managedExecutor;
  }
}
