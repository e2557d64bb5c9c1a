package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.platform.mail.Mailer;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.RoleMail;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;

/**
 * Tells the team leaders by mail ({@link RoleMail}): every active staff member of the notice's role
 * with an e-mail address, after the step's transaction commits; nothing here fails the step.
 */
@ApplicationScoped
public class SlaMailNotifier implements SlaNotifier {

  @Inject RoleMail roleMail;

  public SlaMailNotifier() {}

  /** For tests: the staff of a role without a database. */
  SlaMailNotifier(Function<Role, List<StaffMember>> staffWithRole, Mailer mailer) {
    this.roleMail = new RoleMail(staffWithRole, mailer);
  }

  @Override
  public void send(SlaNotice notice) {
    roleMail.tell(
        notice.recipients(),
        addresses -> SlaMails.compose(notice, addresses),
        notice.kind() + " of " + notice.step() + " in case " + notice.caseNo());
  }
}
