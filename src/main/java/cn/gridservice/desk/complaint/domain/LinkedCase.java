package cn.gridservice.desk.complaint.domain;

import cn.gridservice.desk.customer.domain.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The service case a complaint is about, as the complaint sees it: read-only, its number and its
 * customer. The case itself belongs to after-sales (the same row of {@code service_case});
 * complaints only point at it.
 */
@Entity
@Immutable
@Table(name = "service_case")
@NamedQuery(
    name = "LinkedCase.byNo",
    query = "SELECT c FROM LinkedCase c JOIN FETCH c.customer WHERE c.caseNo = :no")
public class LinkedCase {

  @Id private Long id;

  @Column(name = "case_no", nullable = false, updatable = false, insertable = false)
  private String caseNo;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id", nullable = false, updatable = false, insertable = false)
  private Customer customer;

  protected LinkedCase() {}

  public Long id() {
    return id;
  }

  public String caseNo() {
    return caseNo;
  }

  public Customer customer() {
    return customer;
  }
}
