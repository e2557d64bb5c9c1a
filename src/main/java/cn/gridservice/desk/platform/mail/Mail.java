package cn.gridservice.desk.platform.mail;

import java.util.List;
import java.util.Objects;

/** A plain-text mail: recipients' addresses, subject and body (any language; sent as UTF-8). */
public record Mail(List<String> to, String subject, String body) {

  public Mail {
    to = List.copyOf(Objects.requireNonNull(to, "to"));
    if (to.isEmpty()) {
      throw new IllegalArgumentException("a mail needs at least one recipient");
    }
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
