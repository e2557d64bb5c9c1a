package cn.gridservice.desk.customer.admin;

import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.Equipment;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.platform.changelog.ChangeAction;
import cn.gridservice.desk.platform.changelog.ChangeLog;
import cn.gridservice.desk.platform.changelog.Changes;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates and edits customers with their equipment. Bad input is refused field by field with
 * nothing stored; every change is in the change log under the user who made it.
 */
@ApplicationScoped
@Transactional
public class CustomerAdministration {

  /** The change log's name for customer records. */
  public static final String ENTITY = "CUSTOMER";

  @PersistenceContext EntityManager em;

  @Inject ChangeLog changeLog;

  @Transactional(Transactional.TxType.SUPPORTS)
  public CustomerForm form(String customerNo) {
    Customer customer = find(customerNo);
    return CustomerForm.of(customer, equipmentOf(customer));
  }

  /** Active customer managers, for the form's choice. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StaffMember> customerManagers() {
    return em.createNamedQuery("StaffMember.withRole", StaffMember.class)
        .setParameter("role", Role.CUSTOMER_MANAGER)
        .getResultList();
  }

  public Customer create(CustomerForm form, String actor) {
    checkNew(form, true, InvalidInput.collect()).throwIfAny();
    return store(form, actor, ChangeAction.CREATED, null);
  }

  /**
   * The problems of a new customer, field by field; nothing is thrown and nothing stored.
   *
   * @param againstArchive whether to look up the number in the archive (an import does it for all
   *     rows at once)
   */
  public InvalidInput.Collector checkNew(
      CustomerForm form, boolean againstArchive, InvalidInput.Collector problems) {
    CustomerRules.check(form, true, today(), problems);
    if (againstArchive && form.getCustomerNo() != null && exists(form.getCustomerNo())) {
      problems.add("customerNo", "invalid.customer.customerNo.taken", form.getCustomerNo());
    }
    manager(form.getCustomerManager(), problems);
    return problems;
  }

  /** Stores a new customer that {@link #checkNew} found without problems, and logs it. */
  public Customer store(CustomerForm form, String actor, ChangeAction action, String note) {
    StaffMember manager =
        form.getCustomerManager() == null
            ? null
            : em.find(StaffMember.class, form.getCustomerManager());
    Customer customer =
        new Customer(form.getCustomerNo(), form.getName(), form.getCategory(), form.getArea())
            .flags(form.isHighRisk(), form.isImportant(), form.isKeyAccount())
            .contact(form.getContactName(), form.getPhone(), form.getEmail(), form.getAddress())
            .feeder(form.getFeeder())
            .assignManager(manager);
    em.persist(customer);
    Changes changes =
        Changes.none()
            .created("name", customer.name())
            .created("category", customer.category())
            .created("area", customer.area())
            .created("highRisk", customer.isHighRisk())
            .created("important", customer.isImportant())
            .created("keyAccount", customer.isKeyAccount())
            .created("contactName", customer.contactName())
            .created("phone", customer.phone())
            .created("email", customer.email())
            .created("address", customer.address())
            .created("feeder", customer.feeder())
            .created("customerManager", form.getCustomerManager());
    for (int i = 0; i < form.getEquipment().size(); i++) {
      CustomerForm.EquipmentLine line = form.getEquipment().get(i);
      em.persist(
          new Equipment(
              customer,
              line.getName(),
              line.getModel(),
              line.getSerialNo(),
              line.getInstalledOn(),
              line.getWarrantyEnd()));
      changes.created("equipment[" + (i + 1) + "]", line.summary());
    }
    changeLog.record(ENTITY, customer.customerNo(), action, actor, changes, note);
    return customer;
  }

  public Customer update(String customerNo, CustomerForm form, String actor) {
    Customer customer = find(customerNo);
    form.setCustomerNo(customerNo);
    InvalidInput.Collector problems = CustomerRules.check(form, false, today());
    StaffMember manager = manager(form.getCustomerManager(), problems);
    List<Equipment> existing = equipmentOf(customer);
    Map<Long, Equipment> byId = existing.stream().collect(Collectors.toMap(Equipment::id, e -> e));
    for (int i = 0; i < form.getEquipment().size(); i++) {
      Long id = form.getEquipment().get(i).getId();
      if (id != null && !byId.containsKey(id)) {
        problems.add("equipment[" + i + "].id", "invalid.customer.equipment.unknown", id);
      }
    }
    problems.throwIfAny();
    String oldManager =
        customer.customerManager() == null ? null : customer.customerManager().userId();
    Changes changes =
        Changes.none()
            .field("name", customer.name(), form.getName())
            .field("category", customer.category(), form.getCategory())
            .field("area", customer.area(), form.getArea())
            .field("highRisk", customer.isHighRisk(), form.isHighRisk())
            .field("important", customer.isImportant(), form.isImportant())
            .field("keyAccount", customer.isKeyAccount(), form.isKeyAccount())
            .field("contactName", customer.contactName(), form.getContactName())
            .field("phone", customer.phone(), form.getPhone())
            .field("email", customer.email(), form.getEmail())
            .field("address", customer.address(), form.getAddress())
            .field("feeder", customer.feeder(), form.getFeeder())
            .field("customerManager", oldManager, form.getCustomerManager());
    customer
        .describe(form.getName(), form.getCategory(), form.getArea())
        .flags(form.isHighRisk(), form.isImportant(), form.isKeyAccount())
        .contact(form.getContactName(), form.getPhone(), form.getEmail(), form.getAddress())
        .feeder(form.getFeeder())
        .assignManager(manager);
    updateEquipment(customer, form.getEquipment(), existing, byId, changes);
    if (!changes.isEmpty()) {
      changeLog.record(ENTITY, customerNo, ChangeAction.UPDATED, actor, changes, null);
    }
    return customer;
  }

  private void updateEquipment(
      Customer customer,
      List<CustomerForm.EquipmentLine> lines,
      List<Equipment> existing,
      Map<Long, Equipment> byId,
      Changes changes) {
    Set<Long> kept = new HashSet<>();
    for (CustomerForm.EquipmentLine line : lines) {
      if (line.getId() == null) {
        Equipment added =
            new Equipment(
                customer,
                line.getName(),
                line.getModel(),
                line.getSerialNo(),
                line.getInstalledOn(),
                line.getWarrantyEnd());
        em.persist(added);
        changes.field("equipment", null, line.summary());
      } else {
        Equipment e = byId.get(line.getId());
        kept.add(e.id());
        String before = CustomerForm.EquipmentLine.of(e).summary();
        e.describe(
            line.getName(),
            line.getModel(),
            line.getSerialNo(),
            line.getInstalledOn(),
            line.getWarrantyEnd());
        changes.field("equipment#" + e.id(), before, line.summary());
      }
    }
    for (Equipment e : existing) {
      if (!kept.contains(e.id())) {
        changes.field("equipment#" + e.id(), CustomerForm.EquipmentLine.of(e).summary(), null);
        em.remove(e);
      }
    }
  }

  /** The active customer manager of that user id, or null for none; a problem otherwise. */
  StaffMember manager(String userId, InvalidInput.Collector problems) {
    if (userId == null) {
      return null;
    }
    StaffMember manager = em.find(StaffMember.class, userId);
    if (manager == null || !manager.isActive()) {
      problems.add("customerManager", "invalid.customer.manager.unknown", userId);
      return null;
    }
    if (!manager.hasRole(Role.CUSTOMER_MANAGER)) {
      problems.add("customerManager", "invalid.customer.manager.notCustomerManager", userId);
      return null;
    }
    return manager;
  }

  boolean exists(String customerNo) {
    return !em.createQuery("SELECT c.id FROM Customer c WHERE c.customerNo = :no", Long.class)
        .setParameter("no", customerNo)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Of the given numbers, those already in the archive. */
  public Set<String> existing(Set<String> customerNos) {
    if (customerNos.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "SELECT c.customerNo FROM Customer c WHERE c.customerNo IN :nos", String.class)
            .setParameter("nos", customerNos)
            .getResultList());
  }

  private Customer find(String customerNo) {
    return em.createNamedQuery("Customer.byNo", Customer.class)
        .setParameter("no", customerNo)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInput.of(
                    "customerNo", "invalid.customer.unknown", String.valueOf(customerNo)));
  }

  private List<Equipment> equipmentOf(Customer customer) {
    return em.createNamedQuery("Equipment.ofCustomer", Equipment.class)
        .setParameter("no", customer.customerNo())
        .getResultList();
  }

  LocalDate today() {
    return LocalDate.now(Times.BUSINESS_ZONE);
  }
}
