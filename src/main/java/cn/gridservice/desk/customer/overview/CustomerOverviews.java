package cn.gridservice.desk.customer.overview;

import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the 360° view of a customer for the customer page and {@code GET
 * /api/customers/{no}/overview}. A fixed number of queries however many cases and complaints the
 * customer has: the customer, the equipment, and from each process ({@link OverviewSource}: the
 * cases with their SLA records, the complaints with their escalation records) its records, their
 * open tasks (engine) and its timeline.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerOverviews {

  /** The timeline shows this many of the latest lines. */
  public static final int TIMELINE_MAX = 300;

  @Inject CustomerQueries customers;

  @Inject @Any Instance<OverviewSource> processes;

  /** Set by tests outside the container instead of {@link #processes}. */
  List<OverviewSource> sources;

  @Inject Clock clock;

  /**
   * Empty for an unknown customer. Customer data masked for roles that do not need it ({@link
   * CustomerPrivacy}).
   */
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
    List<OverviewSource.Part> parts =
        sources().stream()
            .map(source -> source.partOf(customer.get(), privacy, TIMELINE_MAX + 1, now))
            .toList();
    return Optional.of(
        OverviewAssembly.assemble(
            CustomerView.of(customer.get(), privacy),
            customers.equipment(no),
            parts,
            TIMELINE_MAX,
            now));
  }

  /** The processes' sources, cases before complaints. */
  private List<OverviewSource> sources() {
    List<OverviewSource> all = sources != null ? sources : processes.stream().toList();
    return all.stream().sorted(Comparator.comparing(OverviewSource::kind)).toList();
  }
}
