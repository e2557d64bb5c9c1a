package cn.gridservice.desk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A gap-free counter per document kind and year, e.g. "SH-2026"; read with a row lock. */
@Entity
@Table(name = "number_sequence")
public class NumberSequence {

  @Id
  @Column(name = "name", length = 40)
  private String name;

  @Column(name = "next_value", nullable = false)
  private long nextValue;

  protected NumberSequence() {}

  NumberSequence(String name) {
    this.name = name;
    this.nextValue = 1;
  }

  long take() {
    return nextValue++;
  }
}
