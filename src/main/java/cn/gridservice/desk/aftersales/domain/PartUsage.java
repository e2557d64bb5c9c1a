package cn.gridservice.desk.aftersales.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A part used on a visit. */
@Entity
@Table(name = "part_usage")
public class PartUsage {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "part_usage_seq")
  @SequenceGenerator(name = "part_usage_seq", sequenceName = "part_usage_seq", allocationSize = 50)
  private Long id;

  @Column(name = "part_name", nullable = false, length = 200)
  private String partName;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  protected PartUsage() {}

  public PartUsage(String partName, int quantity) {
    if (partName == null || partName.isBlank()) {
      throw new IllegalArgumentException("a part needs a name");
    }
    if (quantity < 1) {
      throw new IllegalArgumentException("a part's quantity is at least 1");
    }
    this.partName = partName.strip();
    this.quantity = quantity;
  }

  public String partName() {
    return partName;
  }

  public int quantity() {
    return quantity;
  }
}
