package cn.gridservice.desk.customer.application;

import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.customer.domain.Equipment;
import cn.gridservice.desk.platform.Page;
import cn.gridservice.desk.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds customers by number and name — and by phone or address for the roles that see them ({@link
 * CustomerPrivacy}) — a page at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerQueries {

  public static final int MAX_PAGE_SIZE = 200;

  @PersistenceContext EntityManager em;

  public Page<CustomerView> search(String query, int page, int size, Set<Role> viewerRoles) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
    }
    CustomerPrivacy privacy = CustomerPrivacy.forRoles(viewerRoles);
    String where = "";
    String pattern = null;
    if (query != null && !query.isBlank()) {
      // only what the viewer may see is searched: a match on a masked phone or address would tell
      // its digits
      where =
          privacy.searchesContact()
              ? " WHERE LOWER(c.name) LIKE :q OR c.customerNo LIKE :q OR c.phone LIKE :q OR LOWER(c.address) LIKE :q"
              : " WHERE c.customerNo LIKE :q OR (LOWER(c.name) LIKE :q AND c.category <> :residential)";
      pattern = "%" + query.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Customer c" + where, Long.class);
    TypedQuery<Customer> rows =
        em.createQuery(
            "SELECT c FROM Customer c LEFT JOIN FETCH c.customerManager"
                + where
                + " ORDER BY c.customerNo",
            Customer.class);
    if (pattern != null) {
      count.setParameter("q", pattern);
      rows.setParameter("q", pattern);
      if (!privacy.searchesContact()) {
        count.setParameter("residential", CustomerCategory.RESIDENTIAL);
        rows.setParameter("residential", CustomerCategory.RESIDENTIAL);
      }
    }
    List<CustomerView> items =
        rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
            .map(c -> CustomerView.of(c, privacy))
            .toList();
    return new Page<>(items, page, size, count.getSingleResult());
  }

  public Optional<CustomerView> byNumber(String customerNo, Set<Role> viewerRoles) {
    return find(customerNo).map(c -> CustomerView.of(c, CustomerPrivacy.forRoles(viewerRoles)));
  }

  /** The customer's equipment records, in the order they were entered. */
  public List<Equipment> equipment(String customerNo) {
    return em.createNamedQuery("Equipment.ofCustomer", Equipment.class)
        .setParameter("no", customerNo)
        .getResultList();
  }

  public Optional<Customer> find(String customerNo) {
    return em.createNamedQuery("Customer.byNo", Customer.class)
        .setParameter("no", customerNo)
        .getResultStream()
        .findFirst();
  }
}
