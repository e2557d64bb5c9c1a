package cn.gridservice.desk.customer.notice;

import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.platform.mail.Mail;
import cn.gridservice.desk.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Mail through the server's mail session ({@link Mailer}), to the e-mail address on record. */
@ApplicationScoped
public class MailChannel implements NoticeChannel {

  @Inject Mailer mailer;

  public MailChannel() {}

  /** For tests. */
  public MailChannel(Mailer mailer) {
    this.mailer = mailer;
  }

  @Override
  public String name() {
    return "MAIL";
  }

  @Override
  public Optional<String> address(Customer customer) {
    String email = customer.email();
    return email == null || email.isBlank() || !email.contains("@")
        ? Optional.empty()
        : Optional.of(email.strip());
  }

  @Override
  public void sendAfterCommit(String address, NoticeText text) {
    mailer.sendAfterCommit(new Mail(List.of(address), text.subject(), text.body()));
  }
}
