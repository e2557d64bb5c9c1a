package cn.gridservice.desk.complaint.application;

import cn.gridservice.desk.complaint.domain.Complaint;
import cn.gridservice.desk.complaint.domain.ComplaintEvent;
import cn.gridservice.desk.complaint.domain.ComplaintNote;
import cn.gridservice.desk.complaint.domain.ContactRecord;
import cn.gridservice.desk.complaint.domain.EscalationRecord;
import cn.gridservice.desk.complaint.domain.ReplyDraft;
import cn.gridservice.desk.complaint.domain.VoltageMeasurement;
import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.workflow.OpenSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads complaints with their open steps, breaches, records and timeline. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplaintQueries {

  /** The candidate groups an open step may have: the staff roles. */
  private static final List<String> STAFF_GROUPS =
      Stream.of(Role.values()).map(Role::name).toList();

  static final String ESCALATIONS_OF_CUSTOMER =
      "SELECT c.complaintNo, r FROM EscalationRecord r JOIN r.complaint c"
          + " WHERE c.customer.customerNo = :no ORDER BY r.escalatedAt, r.id";

  static final String EVENTS_OF_CUSTOMER =
      "SELECT c.complaintNo, e FROM ComplaintEvent e JOIN e.complaint c"
          + " WHERE c.customer.customerNo = :no ORDER BY e.occurredAt DESC, e.id DESC";

  @PersistenceContext EntityManager em;

  @Inject OpenSteps openSteps;

  /**
   * Unmasked: for the system's own use. What a viewer reads comes from {@link #byNumber(String,
   * Set)}.
   */
  public Optional<ComplaintView> byNumber(String complaintNo) {
    return find(complaintNo).map(c -> view(c, CustomerPrivacy.UNMASKED));
  }

  /**
   * The complaint as the viewer may see it: the customer's data masked as {@link CustomerPrivacy}
   * decides.
   */
  public Optional<ComplaintView> byNumber(String complaintNo, Set<Role> viewerRoles) {
    return find(complaintNo).map(c -> view(c, CustomerPrivacy.forRoles(viewerRoles)));
  }

  /**
   * The customer's complaints, newest first (for the 360° customer page), each as {@link #byNumber}
   * gives it — in a fixed number of queries however many complaints there are (the complaints,
   * their escalation records, and {@link OpenSteps#ofInstances} for the open steps).
   */
  public List<ComplaintView> ofCustomer(String customerNo, CustomerPrivacy privacy) {
    List<Complaint> found =
        em.createNamedQuery("Complaint.ofCustomer", Complaint.class)
            .setParameter("no", customerNo)
            .getResultList();
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, List<EscalationRecord>> records =
        em
            .createQuery(ESCALATIONS_OF_CUSTOMER, Object[].class)
            .setParameter("no", customerNo)
            .getResultList()
            .stream()
            .collect(
                Collectors.groupingBy(
                    row -> (String) row[0],
                    LinkedHashMap::new,
                    Collectors.mapping(row -> (EscalationRecord) row[1], Collectors.toList())));
    Map<String, List<OpenSteps.OpenStep>> steps =
        openSteps.ofInstances(
            found.stream().map(Complaint::processInstanceId).toList(), STAFF_GROUPS);
    return found.stream()
        .map(
            c ->
                view(
                    c,
                    records.getOrDefault(c.complaintNo(), List.of()),
                    c.processInstanceId() == null
                        ? List.of()
                        : steps.getOrDefault(c.processInstanceId(), List.of()),
                    privacy))
        .toList();
  }

  /** A line of the timeline of one of the customer's complaints. */
  public record ComplaintEventLine(String complaintNo, ComplaintView.TimelineEntry entry) {}

  /**
   * What happened on the customer's complaints, newest first, at most {@code max} lines (one
   * query).
   */
  public List<ComplaintEventLine> eventsOfCustomer(
      Customer customer, int max, CustomerPrivacy privacy) {
    return em
        .createQuery(EVENTS_OF_CUSTOMER, Object[].class)
        .setParameter("no", customer.customerNo())
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            row -> {
              ComplaintEvent e = (ComplaintEvent) row[1];
              return new ComplaintEventLine(
                  (String) row[0],
                  new ComplaintView.TimelineEntry(
                      Times.toBusinessTime(e.occurredAt()),
                      e.actor(),
                      e.type(),
                      e.step(),
                      privacy.text(e.detail(), customer)));
            })
        .toList();
  }

  /** Unmasked: for the system's own use. */
  public ComplaintView.Details details(String complaintNo) {
    return details(complaintNo, CustomerPrivacy.UNMASKED);
  }

  /**
   * The records behind the complaint page, their free text masked as {@link CustomerPrivacy}
   * decides.
   */
  public ComplaintView.Details details(String complaintNo, Set<Role> viewerRoles) {
    return details(complaintNo, CustomerPrivacy.forRoles(viewerRoles));
  }

  private ComplaintView.Details details(String complaintNo, CustomerPrivacy privacy) {
    Complaint c = find(complaintNo).orElse(null);
    if (c == null) {
      return new ComplaintView.Details(List.of(), List.of(), List.of(), List.of());
    }
    List<ComplaintView.Contact> contacts =
        em.createNamedQuery("ContactRecord.of", ContactRecord.class)
            .setParameter("c", c)
            .getResultStream()
            .map(
                r ->
                    new ComplaintView.Contact(
                        Times.toBusinessTime(r.contactedAt()),
                        r.handlerId(),
                        r.method().name(),
                        r.reached(),
                        privacy.text(r.summary(), c.customer())))
            .toList();
    List<ComplaintView.Note> notes =
        em.createNamedQuery("ComplaintNote.of", ComplaintNote.class)
            .setParameter("c", c)
            .getResultStream()
            .map(
                n ->
                    new ComplaintView.Note(
                        Times.toBusinessTime(n.writtenAt()),
                        n.authorId(),
                        n.kind().name(),
                        n.teamRole(),
                        privacy.text(n.text(), c.customer())))
            .toList();
    List<ComplaintView.Draft> drafts =
        em.createNamedQuery("ReplyDraft.of", ReplyDraft.class)
            .setParameter("c", c)
            .getResultStream()
            .map(
                d ->
                    new ComplaintView.Draft(
                        Times.toBusinessTime(d.draftedAt()),
                        d.draftedBy(),
                        privacy.text(d.text(), c.customer()),
                        d.approverRole() == null ? null : d.approverRole().name(),
                        d.decision() == null ? null : d.decision().name(),
                        d.decidedBy(),
                        Times.toBusinessTime(d.decidedAt()),
                        privacy.text(d.decisionReason(), c.customer()),
                        Times.toBusinessTime(d.sentAt())))
            .toList();
    List<ComplaintView.Measurement> measurements =
        em.createNamedQuery("VoltageMeasurement.of", VoltageMeasurement.class)
            .setParameter("c", c)
            .getResultStream()
            .map(VoltageMeasurement::view)
            .toList();
    return new ComplaintView.Details(contacts, notes, drafts, measurements);
  }

  /** What happened on the complaint, oldest first; unmasked, for the system's own use. */
  public List<ComplaintView.TimelineEntry> timeline(String complaintNo) {
    return timeline(complaintNo, CustomerPrivacy.UNMASKED);
  }

  /**
   * What happened on the complaint, oldest first, as the viewer may see it ({@link
   * CustomerPrivacy}).
   */
  public List<ComplaintView.TimelineEntry> timeline(String complaintNo, Set<Role> viewerRoles) {
    return timeline(complaintNo, CustomerPrivacy.forRoles(viewerRoles));
  }

  private List<ComplaintView.TimelineEntry> timeline(String complaintNo, CustomerPrivacy privacy) {
    return find(complaintNo)
        .map(
            c ->
                em.createNamedQuery("ComplaintEvent.of", ComplaintEvent.class)
                    .setParameter("c", c)
                    .getResultStream()
                    .map(
                        e ->
                            new ComplaintView.TimelineEntry(
                                Times.toBusinessTime(e.occurredAt()),
                                e.actor(),
                                e.type(),
                                e.step(),
                                privacy.text(e.detail(), c.customer())))
                    .toList())
        .orElse(List.of());
  }

  private Optional<Complaint> find(String complaintNo) {
    return em.createNamedQuery("Complaint.byNo", Complaint.class)
        .setParameter("no", complaintNo)
        .getResultStream()
        .findFirst();
  }

  private ComplaintView view(Complaint c, CustomerPrivacy privacy) {
    return view(
        c,
        em.createNamedQuery("EscalationRecord.of", EscalationRecord.class)
            .setParameter("c", c)
            .getResultList(),
        openSteps.of(c.processInstanceId()),
        privacy);
  }

  private static ComplaintView view(
      Complaint c,
      List<EscalationRecord> records,
      List<OpenSteps.OpenStep> steps,
      CustomerPrivacy privacy) {
    List<ComplaintView.Breach> breaches =
        records.stream()
            .filter(
                r ->
                    r.cause() == EscalationRecord.Cause.CONTACT_BREACH
                        || r.cause() == EscalationRecord.Cause.REPLY_BREACH)
            .map(
                r ->
                    new ComplaintView.Breach(
                        r.cause() == EscalationRecord.Cause.CONTACT_BREACH ? "CONTACT" : "REPLY",
                        Times.toBusinessTime(r.dueAt()),
                        Times.toBusinessTime(r.escalatedAt()),
                        r.level()))
            .toList();
    List<ComplaintView.Escalation> escalations =
        records.stream()
            .map(
                r ->
                    new ComplaintView.Escalation(
                        r.level(),
                        r.cause().name(),
                        Times.toBusinessTime(r.escalatedAt()),
                        r.notifiedRole() == null ? null : r.notifiedRole().name(),
                        r.acknowledgedBy(),
                        Times.toBusinessTime(r.acknowledgedAt())))
            .toList();
    return new ComplaintView(
        c.complaintNo(),
        c.status(),
        c.grade(),
        c.escalationLevel(),
        c.complaintClass(),
        c.referral(),
        c.channel(),
        c.customer().customerNo(),
        privacy.customerName(c.customer()),
        privacy.text(c.description(), c.customer()),
        c.serviceCase() == null ? null : c.serviceCase().caseNo(),
        c.earlierComplaint() == null ? null : c.earlierComplaint().complaintNo(),
        c.reopenCount(),
        Times.toBusinessTime(c.acceptedAt()),
        c.createdBy(),
        Times.toBusinessTime(c.contactDue()),
        Times.toBusinessTime(c.contactedAt()),
        Times.toBusinessTime(c.replyDue()),
        Times.toBusinessTime(c.repliedAt()),
        Times.toBusinessTime(c.closedAt()),
        c.dueProvisional(),
        steps,
        breaches,
        escalations);
  }
}
