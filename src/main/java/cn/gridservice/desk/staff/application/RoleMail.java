package cn.gridservice.desk.staff.application;

import cn.gridservice.desk.platform.mail.Mail;
import cn.gridservice.desk.platform.mail.Mailer;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails every active staff member of a role who has an address: the notification plumbing of the
 * time limits and escalations of both processes. The recipients are read inside the caller's
 * transaction, the mail leaves after it commits ({@link Mailer#sendAfterCommit}); nothing here
 * fails the caller: a role without addresses or a broken mail set-up is logged.
 */
@ApplicationScoped
public class RoleMail {

  private static final Logger LOG = Logger.getLogger(RoleMail.class.getName());

  @Inject StaffDirectory staff;

  @Inject Mailer mailer;

  private Function<Role, List<StaffMember>> staffWithRole;

  public RoleMail() {}

  /** For tests: the staff of a role without a database. */
  public RoleMail(Function<Role, List<StaffMember>> staffWithRole, Mailer mailer) {
    this.staffWithRole = staffWithRole;
    this.mailer = mailer;
  }

  /**
   * @param compose the mail for the addresses found
   * @param about what the mail is about, for the log
   * @return whether a mail was handed over for sending after commit
   */
  public boolean tell(Role role, Function<List<String>, Mail> compose, String about) {
    try {
      List<String> addresses =
          (staffWithRole != null ? staffWithRole.apply(role) : staff.withRole(role))
              .stream()
                  .filter(StaffMember::isActive)
                  .map(StaffMember::email)
                  .filter(email -> email != null && !email.isBlank())
                  .map(String::trim)
                  .distinct()
                  .toList();
      if (addresses.isEmpty()) {
        LOG.warning(
            () ->
                "Nobody to tell about "
                    + about
                    + ": no active "
                    + role
                    + " with an e-mail address");
        return false;
      }
      mailer.sendAfterCommit(compose.apply(addresses));
      return true;
    } catch (RuntimeException e) {
      // the flag is on the task and the record; a failed mail must not undo the step
      LOG.log(Level.WARNING, "Could not mail about " + about + ": " + e.getMessage(), e);
      return false;
    }
  }
}
