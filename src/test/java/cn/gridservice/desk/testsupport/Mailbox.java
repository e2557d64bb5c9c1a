package cn.gridservice.desk.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on the port the application mails to ({@code gsd.smtp.port}), for
 * a test that runs in the server; its deployment adds GreenMail ({@link
 * ServerDeployment#withGreenMail}).
 */
public final class Mailbox {

  private final GreenMail smtp;

  private Mailbox(GreenMail smtp) {
    this.smtp = smtp;
  }

  public static Mailbox start() {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("gsd.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return new Mailbox(smtp);
  }

  public void stop() {
    smtp.stop();
  }

  public List<MimeMessage> received() {
    return Arrays.asList(smtp.getReceivedMessages());
  }

  /** The mails whose subject names this (a case's or a complaint's number). */
  public List<MimeMessage> about(String text) {
    return received().stream().filter(m -> subject(m).contains(text)).toList();
  }

  /** The subject, or nothing where it cannot be read. */
  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }
}
