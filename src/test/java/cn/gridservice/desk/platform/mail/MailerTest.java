package cn.gridservice.desk.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail through a plain session pointed at GreenMail, as the server's mail session points at SMTP.
 */
class MailerTest {

  // the failures below are expected and logged; the test output needs no stack traces
  private static final Logger MAILER_LOG = quiet(Mailer.class.getName());

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Executor NOW = Runnable::run;

  @Test
  void aMailIsPlainTextInUtf8ToEveryRecipient() throws Exception {
    Mailer mailer = new Mailer(session(GREEN_MAIL.getSmtp().getPort()), null, NOW);

    boolean sent =
        mailer.send(
            new Mail(
                List.of("banzhang@gsd.test", "diaodu@gsd.test"),
                "【时限预警】工单 SH-2026-000001 | SLA warning",
                "服务班长：\n请督促处理。\n\nTeam leader,\nplease follow up.\n"));

    assertThat(sent).isTrue();
    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy per mailbox
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("【时限预警】工单 SH-2026-000001 | SLA warning");
    assertThat(mail.getContentType())
        .startsWith("text/plain")
        .containsIgnoringCase("charset=UTF-8");
    // SMTP sends lines with CRLF, and the last line break goes with the end of the data
    assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
        .isEqualTo("服务班长：\n请督促处理。\n\nTeam leader,\nplease follow up.");
    assertThat(mail.getFrom())
        .extracting(Address::toString)
        .containsExactly("noreply@grid-service-desk.local");
    assertThat(mail.getRecipients(Message.RecipientType.TO))
        .extracting(Address::toString)
        .containsExactly("banzhang@gsd.test", "diaodu@gsd.test");
  }

  @Test
  void outsideATransactionTheMailLeavesAtOnce() {
    Mailer mailer =
        new Mailer(session(GREEN_MAIL.getSmtp().getPort()), new FakeTransactions(false), NOW);

    mailer.sendAfterCommit(mail());

    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
  }

  @Test
  void insideATransactionTheMailWaitsForTheCommit() {
    FakeTransactions transaction = new FakeTransactions(true);
    Mailer mailer = new Mailer(session(GREEN_MAIL.getSmtp().getPort()), transaction, NOW);

    mailer.sendAfterCommit(mail());
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

    transaction.complete(Status.STATUS_COMMITTED);
    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aTransactionThatRollsBackSendsNothing() {
    FakeTransactions transaction = new FakeTransactions(true);
    Mailer mailer = new Mailer(session(GREEN_MAIL.getSmtp().getPort()), transaction, NOW);

    mailer.sendAfterCommit(mail());
    transaction.complete(Status.STATUS_ROLLEDBACK);

    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void aTransactionAlreadyMarkedForRollbackSendsNothing() {
    FakeTransactions transaction = new FakeTransactions(true);
    transaction.setRollbackOnly();
    Mailer mailer = new Mailer(session(GREEN_MAIL.getSmtp().getPort()), transaction, NOW);

    mailer.sendAfterCommit(mail());

    assertThat(transaction.synchronizations).isEmpty();
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void aMailServerThatIsDownIsLoggedNotThrown() throws IOException {
    int nobodyListens;
    try (ServerSocket socket = new ServerSocket(0)) {
      nobodyListens = socket.getLocalPort();
    }
    Mailer mailer = new Mailer(session(nobodyListens), new FakeTransactions(false), NOW);

    assertThat(mailer.send(mail())).isFalse();
    assertThatCode(() -> mailer.sendAfterCommit(mail())).doesNotThrowAnyException();
  }

  @Test
  void aMalformedAddressIsLoggedNotThrown() {
    Mailer mailer = new Mailer(session(GREEN_MAIL.getSmtp().getPort()), null, NOW);

    assertThat(mailer.send(new Mail(List.of("not an address"), "x", "y"))).isFalse();
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void theMailIsHandedToTheExecutorNotSentOnTheCommittingThread() {
    List<Runnable> queued = new ArrayList<>();
    FakeTransactions transaction = new FakeTransactions(true);
    Mailer mailer = new Mailer(session(GREEN_MAIL.getSmtp().getPort()), transaction, queued::add);

    mailer.sendAfterCommit(mail());
    transaction.complete(Status.STATUS_COMMITTED);
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

    queued.forEach(Runnable::run);
    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
  }

  private static Mail mail() {
    return new Mail(List.of("banzhang@gsd.test"), "测试 Test", "正文 Body");
  }

  private static Session session(int port) {
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.host", "127.0.0.1");
    properties.setProperty("mail.smtp.port", String.valueOf(port));
    properties.setProperty("mail.smtp.connectiontimeout", "2000");
    properties.setProperty("mail.smtp.timeout", "2000");
    properties.setProperty("mail.from", "noreply@grid-service-desk.local");
    return Session.getInstance(properties);
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.OFF);
    return logger;
  }

  /** One JTA transaction, or none, as the registry of the server shows it to the mailer. */
  static final class FakeTransactions implements TransactionSynchronizationRegistry {

    final List<Synchronization> synchronizations = new ArrayList<>();
    private final boolean active;
    private boolean rollbackOnly;

    FakeTransactions(boolean active) {
      this.active = active;
    }

    void complete(int status) {
      synchronizations.forEach(Synchronization::beforeCompletion);
      synchronizations.forEach(s -> s.afterCompletion(status));
    }

    @Override
    public Object getTransactionKey() {
      return active ? this : null;
    }

    @Override
    public void putResource(Object key, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object getResource(Object key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
      if (!active) {
        return Status.STATUS_NO_TRANSACTION;
      }
      return rollbackOnly ? Status.STATUS_MARKED_ROLLBACK : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      rollbackOnly = true;
    }

    @Override
    public boolean getRollbackOnly() {
      return rollbackOnly;
    }
  }
}
