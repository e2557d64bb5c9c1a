package cn.gridservice.desk.customer.overview;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


import cn.gridservice.desk.aftersales.application.ServiceCaseQueries;
import cn.gridservice.desk.complaint.application.ComplaintQueries;
import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.security.Role;

/**
 * Reads the 360° view of a customer for the customer page and {@code GET /api/customers/{no}/overview}.
 * A fixed number of queries however many cases and complaints the customer has: the customer, the
 * equipment, the cases with their SLA records, the complaints with their escalation records, the
 * open tasks of all of them (engine), and the two timelines.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerOverviews {

  /** The timeline shows this many of the latest lines. */
  public static final int TIMELINE_MAX = 300;

  @Inject
  CustomerQueries customers;

  @Inject
  ServiceCaseQueries cases;

  @Inject
  ComplaintQueries complaints;

  @Inject
  Clock clock;

  /** Empty for an unknown customer. Customer data masked for roles that do not need it ({@link CustomerPrivacy}). */
  public Optional<CustomerOverview> of(String customerNo, Set<Role> viewerRoles) {
    if (customerNo == null || customerNo.isBlank()) {
      return Optional.empty();
    }
    String no = customerNo.strip();
    Optional<Customer> customer = customers.find(no);
    if (customer.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.now();
    CustomerPrivacy privacy = CustomerPrivacy.forRoles(viewerRoles);
    return Optional.of(OverviewAssembly.assemble(
        CustomerView.of(customer.get(), privacy),
        customers.equipment(no),
        cases.ofCustomer(no, privacy),
        complaints.ofCustomer(no, privacy),
        cases.eventsOfCustomer(customer.get(), TIMELINE_MAX + 1, privacy),
        complaints.eventsOfCustomer(customer.get(), TIMELINE_MAX + 1, privacy),
        TIMELINE_MAX, now));
  }
}
