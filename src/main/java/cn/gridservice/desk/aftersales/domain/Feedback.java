package cn.gridservice.desk.aftersales.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The follow-up call (回访): how satisfied the customer is; no case closes without one. */
@Entity
@Table(name = "feedback")
public class Feedback {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
  @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ServiceCase serviceCase;

  @Column(name = "satisfaction", nullable = false)
  private int satisfaction;

  @Column(name = "satisfied", nullable = false)
  private boolean satisfied;

  @Column(name = "comments", length = 2000)
  private String comments;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Feedback() {}

  public Feedback(
      ServiceCase serviceCase,
      int satisfaction,
      boolean satisfied,
      String comments,
      String recordedBy,
      Instant recordedAt) {
    if (satisfaction < 1 || satisfaction > 5) {
      throw new IllegalArgumentException("satisfaction is 1 to 5");
    }
    this.serviceCase = Objects.requireNonNull(serviceCase);
    this.satisfaction = satisfaction;
    this.satisfied = satisfied;
    this.comments = comments;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }
}
