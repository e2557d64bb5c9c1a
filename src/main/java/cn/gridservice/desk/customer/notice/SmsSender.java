package cn.gridservice.desk.customer.notice;

/**
 * Hands a short message to an SMS gateway. A deployment plugs in its gateway as a CDI bean
 * {@code @Named("<name>")} implementing this interface and sets {@code GSD_SMS_SENDER=<name>};
 * {@code none} (the default) sends no SMS, {@code log} writes them to the server log (for trying
 * things out). Called after the step's transaction has committed, on a managed thread.
 */
public interface SmsSender {

  /**
   * @param mobile the customer's mobile number as on record
   * @return whether the gateway took the message; a failure is reported here, not thrown
   */
  boolean send(String mobile, String text);
}
