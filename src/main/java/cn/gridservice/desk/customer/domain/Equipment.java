package cn.gridservice.desk.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A piece of the customer's equipment (设备档案) and the end of its warranty. */
@Entity
@Table(name = "customer_equipment")
@NamedQuery(
    name = "Equipment.ofCustomer",
    query = "SELECT e FROM Equipment e WHERE e.customer.customerNo = :no ORDER BY e.id")
public class Equipment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_equipment_seq")
  @SequenceGenerator(
      name = "customer_equipment_seq",
      sequenceName = "customer_equipment_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "model", length = 100)
  private String model;

  @Column(name = "serial_no", length = 100)
  private String serialNo;

  @Column(name = "installed_on")
  private LocalDate installedOn;

  @Column(name = "warranty_end")
  private LocalDate warrantyEnd;

  protected Equipment() {}

  public Equipment(
      Customer customer,
      String name,
      String model,
      String serialNo,
      LocalDate installedOn,
      LocalDate warrantyEnd) {
    this.customer = Objects.requireNonNull(customer);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("equipment needs a name");
    }
    this.name = name;
    this.model = model;
    this.serialNo = serialNo;
    this.installedOn = installedOn;
    this.warrantyEnd = warrantyEnd;
  }

  /** Corrects the record as the archive holds it now. */
  public void describe(
      String name, String model, String serialNo, LocalDate installedOn, LocalDate warrantyEnd) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("equipment needs a name");
    }
    this.name = name;
    this.model = model;
    this.serialNo = serialNo;
    this.installedOn = installedOn;
    this.warrantyEnd = warrantyEnd;
  }

  public Long id() {
    return id;
  }

  public Customer customer() {
    return customer;
  }

  /** Under warranty on {@code day} (the warranty's last day included). */
  public boolean inWarrantyOn(LocalDate day) {
    return warrantyEnd != null && !day.isAfter(warrantyEnd);
  }

  public String name() {
    return name;
  }

  public String model() {
    return model;
  }

  public String serialNo() {
    return serialNo;
  }

  public LocalDate installedOn() {
    return installedOn;
  }

  public LocalDate warrantyEnd() {
    return warrantyEnd;
  }
}
