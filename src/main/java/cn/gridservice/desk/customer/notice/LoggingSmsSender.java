package cn.gridservice.desk.customer.notice;

import cn.gridservice.desk.customer.application.ContactMasking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * {@code GSD_SMS_SENDER=log}: writes each SMS to the server log instead of a gateway (the number
 * masked).
 */
@ApplicationScoped
@Named(LoggingSmsSender.NAME)
public class LoggingSmsSender implements SmsSender {

  public static final String NAME = "log";

  private static final Logger LOG = Logger.getLogger(LoggingSmsSender.class.getName());

  @Override
  public boolean send(String mobile, String text) {
    LOG.info(() -> "SMS to " + ContactMasking.maskPhone(mobile) + ": " + text);
    return true;
  }
}
