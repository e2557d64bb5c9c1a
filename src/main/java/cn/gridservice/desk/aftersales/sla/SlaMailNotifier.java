package cn.gridservice.desk.aftersales.sla;

import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gridservice.desk.platform.mail.Mailer;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffDirectory;
import cn.gridservice.desk.staff.domain.StaffMember;

/**
 * Tells the team leaders by mail: every active staff member of the notice's role with an e-mail
 * address. The recipients are read inside the step's transaction, the mail leaves after it commits
 * ({@link Mailer#sendAfterCommit}); nothing here fails the step.
 */
@ApplicationScoped
public class SlaMailNotifier implements SlaNotifier {

  private static final Logger LOG = Logger.getLogger(SlaMailNotifier.class.getName());

  @Inject
  StaffDirectory staff;

  @Inject
  Mailer mailer;

  private Function<Role, List<StaffMember>> staffWithRole;

  public SlaMailNotifier() {
  }

  /** For tests: the staff of a role without a database. */
  SlaMailNotifier(Function<Role, List<StaffMember>> staffWithRole, Mailer mailer) {
    this.staffWithRole = staffWithRole;
    this.mailer = mailer;
  }

  @Override
  public void send(SlaNotice notice) {
    try {
      List<String> addresses = staffWithRole(notice.recipients()).stream()
          .map(StaffMember::email)
          .filter(email -> email != null && !email.isBlank())
          .map(String::trim)
          .distinct()
          .toList();
      if (addresses.isEmpty()) {
        LOG.warning(() -> "Nobody to tell about " + notice.kind() + " of " + notice.step() + " in case " + notice.caseNo()
            + ": no active " + notice.recipients() + " with an e-mail address");
        return;
      }
      mailer.sendAfterCommit(SlaMails.compose(notice, addresses));
    } catch (RuntimeException e) {
      // the warning is on the task and the record; a failed mail must not undo the step
      LOG.log(Level.WARNING, "Could not mail " + notice.kind() + " of " + notice.step() + " in case " + notice.caseNo()
          + ": " + e.getMessage(), e);
    }
  }

  private List<StaffMember> staffWithRole(Role role) {
    return staffWithRole != null ? staffWithRole.apply(role) : staff.withRole(role);
  }
}
