package cn.gridservice.desk.customer.domain;

import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A power customer (用电客户), identified by the customer number (户号). */
@Entity
@Table(name = "customer")
@NamedQuery(
    name = "Customer.byNo",
    query = "SELECT c FROM Customer c LEFT JOIN FETCH c.customerManager WHERE c.customerNo = :no")
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
  @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
  private Long id;

  @Column(name = "customer_no", nullable = false, unique = true, length = 20)
  private String customerNo;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 40)
  private CustomerCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "area", nullable = false, length = 10)
  private Area area;

  /** 高危客户 */
  @Column(name = "high_risk", nullable = false)
  private boolean highRisk;

  /** 重要客户 */
  @Column(name = "important", nullable = false)
  private boolean important;

  /** 大客户 */
  @Column(name = "key_account", nullable = false)
  private boolean keyAccount;

  @Column(name = "contact_name", length = 100)
  private String contactName;

  @Column(name = "phone", length = 40)
  private String phone;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "address", length = 300)
  private String address;

  /** 线路/馈线: the line that supplies the customer, e.g. "10kV 文三线". */
  @Column(name = "feeder", length = 100)
  private String feeder;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_manager_id")
  private StaffMember customerManager;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Customer() {}

  public Customer(String customerNo, String name, CustomerCategory category, Area area) {
    if (customerNo == null || customerNo.isBlank()) {
      throw new IllegalArgumentException("customerNo is required");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    this.customerNo = customerNo;
    this.name = name;
    this.category = Objects.requireNonNull(category, "category");
    this.area = Objects.requireNonNull(area, "area");
    this.createdAt = Instant.now();
  }

  /** Name, category and area as the archive records them (the customer number never changes). */
  public Customer describe(String name, CustomerCategory category, Area area) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    this.name = name;
    this.category = Objects.requireNonNull(category, "category");
    this.area = Objects.requireNonNull(area, "area");
    return this;
  }

  public Customer feeder(String feeder) {
    this.feeder = feeder;
    return this;
  }

  public Customer flags(boolean highRisk, boolean important, boolean keyAccount) {
    this.highRisk = highRisk;
    this.important = important;
    this.keyAccount = keyAccount;
    return this;
  }

  public Customer contact(String contactName, String phone, String email, String address) {
    this.contactName = contactName;
    this.phone = phone;
    this.email = email;
    this.address = address;
    return this;
  }

  public Customer assignManager(StaffMember manager) {
    if (manager != null && !manager.hasRole(Role.CUSTOMER_MANAGER)) {
      throw new IllegalArgumentException(manager.userId() + " is not a customer manager");
    }
    this.customerManager = manager;
    return this;
  }

  /** High-risk customers and key accounts take the shortest limits and are routed first. */
  public boolean isPriority() {
    return highRisk || keyAccount;
  }

  public Long id() {
    return id;
  }

  public String customerNo() {
    return customerNo;
  }

  public String name() {
    return name;
  }

  public CustomerCategory category() {
    return category;
  }

  public Area area() {
    return area;
  }

  public boolean isHighRisk() {
    return highRisk;
  }

  public boolean isImportant() {
    return important;
  }

  public boolean isKeyAccount() {
    return keyAccount;
  }

  public String contactName() {
    return contactName;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public String address() {
    return address;
  }

  public String feeder() {
    return feeder;
  }

  public StaffMember customerManager() {
    return customerManager;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Customer other && Objects.equals(customerNo, other.customerNo);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(customerNo);
  }
}
