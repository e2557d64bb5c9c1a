package cn.gridservice.desk.complaint.domain;

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
import java.time.Instant;
import java.util.Objects;

/** What the investigation found, and the input asked of another team with its answer. */
@Entity
@Table(name = "complaint_note")
@NamedQuery(
    name = "ComplaintNote.of",
    query = "SELECT n FROM ComplaintNote n WHERE n.complaint = :c ORDER BY n.writtenAt, n.id")
public class ComplaintNote {

  public static final int MAX_TEXT = 4000;

  public enum Kind {
    INVESTIGATION,
    INPUT_REQUESTED,
    INPUT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_note_seq")
  @SequenceGenerator(
      name = "complaint_note_seq",
      sequenceName = "complaint_note_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind;

  @Column(name = "author_id", nullable = false, length = 64)
  private String authorId;

  /** The team asked for input, or the team that answered. */
  @Column(name = "team_role", length = 30)
  private String teamRole;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "text", nullable = false, length = MAX_TEXT)
  private String text;

  protected ComplaintNote() {}

  public ComplaintNote(
      Complaint complaint,
      Kind kind,
      String authorId,
      String teamRole,
      Instant writtenAt,
      String text) {
    this.complaint = Objects.requireNonNull(complaint);
    this.kind = Objects.requireNonNull(kind);
    this.authorId = Objects.requireNonNull(authorId);
    this.teamRole = teamRole;
    this.writtenAt = Objects.requireNonNull(writtenAt);
    this.text = Objects.requireNonNull(text);
  }

  public Kind kind() {
    return kind;
  }

  public String authorId() {
    return authorId;
  }

  public String teamRole() {
    return teamRole;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public String text() {
    return text;
  }
}
