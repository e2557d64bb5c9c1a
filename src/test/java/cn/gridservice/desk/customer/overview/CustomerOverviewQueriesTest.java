package cn.gridservice.desk.customer.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.aftersales.application.CaseOverviewSource;
import cn.gridservice.desk.aftersales.application.ServiceCaseQueries;
import cn.gridservice.desk.aftersales.domain.CaseEvent;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.sla.SlaRecord;
import cn.gridservice.desk.complaint.application.ComplaintOverviewSource;
import cn.gridservice.desk.complaint.application.ComplaintQueries;
import cn.gridservice.desk.complaint.domain.Complaint;
import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.ComplaintEvent;
import cn.gridservice.desk.complaint.domain.EscalationRecord;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.complaint.domain.LinkedCase;
import cn.gridservice.desk.complaint.domain.Referral;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.customer.domain.Equipment;
import cn.gridservice.desk.customer.overview.CustomerOverview.Kind;
import cn.gridservice.desk.platform.DatabaseKind;
import cn.gridservice.desk.platform.DatabaseSchema;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.StaffMember;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import cn.gridservice.desk.workflow.OpenSteps;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 360° view read from the migrated schema with the queries the server runs: every case and
 * complaint of the customer and nobody else's, each with its own SLA records, escalations and
 * events — and as many SQL statements for a customer with many cases as for one with a single case.
 */
class CustomerOverviewQueriesTest {

  private static final Logger HIBERNATE_LOG = quiet("org.hibernate", Level.WARNING);
  private static final Logger INCUBATION_LOG = quiet("org.hibernate.orm.incubating", Level.SEVERE);

  private static final String CUSTOMER = "3301000005";
  private static final String NEIGHBOUR = "3301000006";
  private static final Instant MONDAY =
      OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant();

  private final JdbcDataSource dataSource =
      h2("jdbc:h2:mem:customer-overview-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  private SessionFactory sessionFactory;
  private final FakeOpenSteps openSteps = new FakeOpenSteps();
  private int caseCount;
  private int complaintCount;

  @BeforeEach
  void migrateAndStart() {
    DatabaseSchema.migrate(dataSource, DatabaseKind.H2);
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySetting(AvailableSettings.DATASOURCE, dataSource)
            .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
            .applySetting("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP")
            .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
            .applySetting(AvailableSettings.JSON_FORMAT_MAPPER, new NoJsonColumns())
            .applySetting(AvailableSettings.GENERATE_STATISTICS, "true")
            // as persistence.xml
            .applySetting(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, "50")
            .build();
    sessionFactory =
        new MetadataSources(registry)
            .addAnnotatedClasses(
                StaffMember.class,
                Customer.class,
                Equipment.class,
                ServiceCase.class,
                CaseEvent.class,
                SlaRecord.class,
                Complaint.class,
                LinkedCase.class,
                ComplaintEvent.class,
                EscalationRecord.class)
            .buildMetadata()
            .buildSessionFactory();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    if (sessionFactory != null) {
      sessionFactory.close();
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void everythingOfTheCustomerAndNothingOfAnybodyElseNewestFirst() {
    inTransaction(
        em -> {
          StaffMember manager =
              new StaffMember("custmgr", "刘洋", null, EnumSet.of(Role.CUSTOMER_MANAGER), "x");
          em.persist(manager);
          Customer customer =
              new Customer(CUSTOMER, "陈国强", CustomerCategory.RESIDENTIAL, Area.REMOTE)
                  .contact("陈国强", "13705800005", null, "舟山市嵊泗县枸杞乡干斋村7号")
                  .assignManager(manager);
          em.persist(customer);
          em.persist(
              new Equipment(
                  customer,
                  "户外计量箱",
                  "JLX-1",
                  "MB-1",
                  LocalDate.of(2020, 5, 1),
                  LocalDate.of(2099, 5, 1)));
          em.persist(new Customer(NEIGHBOUR, "杨淑珍", CustomerCategory.RESIDENTIAL, Area.REMOTE));
        });
    String older = addCase(CUSTOMER, MONDAY);
    String newer = addCase(CUSTOMER, MONDAY.plusSeconds(86_400));
    String elsewhere = addCase(NEIGHBOUR, MONDAY);
    String complaint = addComplaint(CUSTOMER, MONDAY.plusSeconds(3_600), newer);
    String otherComplaint = addComplaint(NEIGHBOUR, MONDAY.plusSeconds(3_600), null);
    openSteps.stepOn("pi-" + newer, "acceptRequest");
    openSteps.stepOn("pi-" + complaint, "contactCustomer");

    CustomerOverview overview = read(CUSTOMER, Set.of(Role.AUDITOR));

    assertThat(overview.customer().customerManagerName()).isEqualTo("刘洋");
    assertThat(overview.customer().phone()).isEqualTo("137****0005");
    assertThat(overview.equipment())
        .singleElement()
        .satisfies(e -> assertThat(e.inWarranty()).isTrue());
    assertThat(overview.serviceCases())
        .extracting(CustomerOverview.CaseLine::caseNo)
        .containsExactly(newer, older);
    assertThat(overview.serviceCases().get(0).openSteps()).containsExactly("acceptRequest");
    assertThat(overview.complaints())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.complaintNo()).isEqualTo(complaint);
              assertThat(c.serviceCaseNo()).isEqualTo(newer);
              assertThat(c.escalationLevel()).isEqualTo(1);
              assertThat(c.openSteps()).containsExactly("contactCustomer");
            });
    assertThat(overview.openTasks())
        .extracting(CustomerOverview.OpenTask::reference)
        .containsExactlyInAnyOrder(newer, complaint);
    assertThat(overview.slaRecords())
        .extracting(CustomerOverview.SlaLine::caseNo)
        .containsOnly(newer, older)
        .hasSize(4);
    assertThat(overview.slaRecords())
        .filteredOn(l -> l.caseNo().equals(older) && l.step().equals("acceptRequest"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.breached()).isTrue();
              assertThat(l.lateBySeconds()).isEqualTo(1800L);
            });
    assertThat(overview.complaintBreaches())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.complaintNo()).isEqualTo(complaint);
              assertThat(b.limit()).isEqualTo("CONTACT");
            });
    assertThat(overview.complaintEscalations())
        .extracting(CustomerOverview.EscalationLine::cause)
        .containsExactly("CONTACT_BREACH");
    assertThat(overview.timeline())
        .extracting(CustomerOverview.TimelineLine::reference)
        .contains(older, newer, complaint)
        .doesNotContain(elsewhere, otherComplaint);
    assertThat(overview.timeline())
        .extracting(CustomerOverview.TimelineLine::at)
        .isSortedAccordingTo(java.util.Comparator.<OffsetDateTime>naturalOrder().reversed());
    assertThat(overview.timeline().get(0))
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.CASE);
              assertThat(l.reference()).isEqualTo(newer);
              assertThat(l.type()).isEqualTo("ACCEPTED");
            });
    assertThat(openSteps.batches)
        .as("one engine round for the cases, one for the complaints")
        .hasSize(2);

    assertThat(read("0000000000", Set.of(Role.AGENT))).isNull();
  }

  @Test
  void aCustomerWithManyCasesAndComplaintsTakesNoMoreStatementsThanOneWithOne() {
    inTransaction(
        em -> em.persist(new Customer(CUSTOMER, "陈国强", CustomerCategory.RESIDENTIAL, Area.REMOTE)));
    addCase(CUSTOMER, MONDAY);
    addComplaint(CUSTOMER, MONDAY, null);
    long few = statementsFor(CUSTOMER);

    for (int i = 1; i <= 12; i++) {
      addCase(CUSTOMER, MONDAY.plusSeconds(i * 3_600L));
      addComplaint(CUSTOMER, MONDAY.plusSeconds(i * 3_600L), null);
    }
    long many = statementsFor(CUSTOMER);
    CustomerOverview overview = read(CUSTOMER, Set.of(Role.AGENT));

    assertThat(overview.serviceCases()).hasSize(13);
    assertThat(overview.complaints()).hasSize(13);
    assertThat(overview.timeline()).hasSize(13 * 3 + 13 * 2);
    // the customer, equipment, cases, their SLA records, complaints, their escalations, and the two
    // timelines
    assertThat(many).isEqualTo(few).isLessThanOrEqualTo(8);
  }

  @Test
  void theTimelineIsCutToItsLimitAndSaysSo() {
    inTransaction(
        em -> em.persist(new Customer(CUSTOMER, "陈国强", CustomerCategory.RESIDENTIAL, Area.REMOTE)));
    String caseNo = addCase(CUSTOMER, MONDAY);
    inTransaction(
        em -> {
          ServiceCase c = caseOf(em, caseNo);
          for (int i = 0; i < CustomerOverviews.TIMELINE_MAX; i++) {
            em.persist(
                new CaseEvent(
                    c, MONDAY.plusSeconds(7_200 + i), "agent", "INFO_ADDED", null, "第" + i + "条"));
          }
        });

    CustomerOverview overview = read(CUSTOMER, Set.of(Role.AGENT));

    assertThat(overview.timeline()).hasSize(CustomerOverviews.TIMELINE_MAX);
    assertThat(overview.timelineTruncated()).isTrue();
    assertThat(overview.timeline().get(0).detail())
        .isEqualTo("第" + (CustomerOverviews.TIMELINE_MAX - 1) + "条");
  }

  // --- data ---

  /** A case with three events and two SLA records (the acceptance 30 minutes late). */
  private String addCase(String customerNo, Instant at) {
    String caseNo = String.format("SH-2026-%06d", ++caseCount);
    inTransaction(
        em -> {
          Customer customer = customerOf(em, customerNo);
          ServiceCase c =
              new ServiceCase(
                  caseNo, customer, ServiceType.REPAIR, Channel.PHONE, "插座冒火花", "agent");
          setField(c, "createdAt", at);
          c.startedAs("pi-" + caseNo);
          em.persist(c);
          em.persist(new CaseEvent(c, at, "agent", "SUBMITTED", null, null));
          em.persist(new CaseEvent(c, at.plusSeconds(60), "agent", "INFO_ADDED", null, "补充"));
          em.persist(
              new CaseEvent(c, at.plusSeconds(120), "agent", "ACCEPTED", "acceptRequest", null));
          SlaRecord accept =
              new SlaRecord(
                  caseNo,
                  "pi-" + caseNo,
                  "task-a-" + caseNo,
                  "acceptRequest",
                  new SlaSchedule("WORKING_HOURS:4", 80, at, null, at.plusSeconds(3_600), false));
          accept.complete(at.plusSeconds(3_600 + 1_800));
          em.persist(accept);
          em.persist(
              new SlaRecord(
                  caseNo,
                  "pi-" + caseNo,
                  "task-s-" + caseNo,
                  "scheduleVisit",
                  new SlaSchedule("WORKING_DAYS:1", 80, at.plusSeconds(5_400), null, null, false)));
        });
    return caseNo;
  }

  /** A complaint with two events and a breached contact limit (level 1). */
  private String addComplaint(String customerNo, Instant at, String caseNo) {
    String complaintNo = String.format("TS-2026-%06d", ++complaintCount);
    inTransaction(
        em -> {
          Complaint c =
              new Complaint(
                  complaintNo,
                  customerOf(em, customerNo),
                  ComplaintClass.SERVICE,
                  Channel.PHONE,
                  Referral.NONE,
                  "态度差",
                  at,
                  "agent");
          c.graded(Grade.GENERAL);
          c.dueDates(at.plusSeconds(86_400), at.plusSeconds(7 * 86_400), false);
          c.escalateTo(1);
          c.startedAs("pi-" + complaintNo);
          if (caseNo != null) {
            c.linkCase(
                em.createNamedQuery("LinkedCase.byNo", LinkedCase.class)
                    .setParameter("no", caseNo)
                    .getSingleResult());
          }
          em.persist(c);
          em.persist(new ComplaintEvent(c, at, "agent", "REGISTERED", null, null));
          em.persist(new ComplaintEvent(c, at, "system", "GRADED", null, "GENERAL"));
          em.persist(
              new EscalationRecord(
                  c,
                  1,
                  EscalationRecord.Cause.CONTACT_BREACH,
                  at.plusSeconds(86_401),
                  at.plusSeconds(86_400),
                  Role.DISPATCHER));
        });
    return complaintNo;
  }

  private static Customer customerOf(EntityManager em, String customerNo) {
    return em.createNamedQuery("Customer.byNo", Customer.class)
        .setParameter("no", customerNo)
        .getSingleResult();
  }

  private static ServiceCase caseOf(EntityManager em, String caseNo) {
    return em.createNamedQuery("ServiceCase.byNo", ServiceCase.class)
        .setParameter("no", caseNo)
        .getSingleResult();
  }

  // --- reading as the server does ---

  private CustomerOverview read(String customerNo, Set<Role> roles) {
    EntityManager em = sessionFactory.createEntityManager();
    try {
      return overviews(em).of(customerNo, roles).orElse(null);
    } finally {
      em.close();
    }
  }

  private long statementsFor(String customerNo) {
    sessionFactory.getStatistics().clear();
    read(customerNo, Set.of(Role.AGENT));
    return sessionFactory.getStatistics().getPrepareStatementCount();
  }

  private CustomerOverviews overviews(EntityManager em) {
    CustomerQueries customers = new CustomerQueries();
    setField(customers, "em", em);
    ServiceCaseQueries cases = new ServiceCaseQueries();
    setField(cases, "em", em);
    setField(cases, "openSteps", openSteps);
    ComplaintQueries complaints = new ComplaintQueries();
    setField(complaints, "em", em);
    setField(complaints, "openSteps", openSteps);
    CustomerOverviews overviews = new CustomerOverviews();
    overviews.customers = customers;
    overviews.sources =
        List.of(new CaseOverviewSource(cases), new ComplaintOverviewSource(complaints));
    overviews.clock = new cn.gridservice.desk.workflow.EngineClock();
    return overviews;
  }

  private void inTransaction(java.util.function.Consumer<EntityManager> work) {
    EntityManager em = sessionFactory.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }

  /**
   * The engine stands aside: a step per instance as told, and every question asked in one batch.
   */
  private static final class FakeOpenSteps extends OpenSteps {

    final List<List<String>> batches = new ArrayList<>();
    private final Map<String, List<OpenStep>> steps = new HashMap<>();

    void stepOn(String processInstanceId, String step) {
      steps.put(
          processInstanceId,
          List.of(
              new OpenStep(
                  "task-" + processInstanceId, step, step, null, false, null, List.of("AGENT"))));
    }

    @Override
    public List<OpenStep> of(String processInstanceId) {
      throw new AssertionError("asked for the open steps of " + processInstanceId + " alone");
    }

    @Override
    public Map<String, List<OpenStep>> ofInstances(
        Collection<String> processInstanceIds, Collection<String> candidateGroups) {
      batches.add(List.copyOf(processInstanceIds));
      assertThat(candidateGroups).contains("AGENT", "COMPLAINT_HANDLER");
      Map<String, List<OpenStep>> found = new HashMap<>();
      processInstanceIds.stream()
          .filter(steps::containsKey)
          .forEach(id -> found.put(id, steps.get(id)));
      return found;
    }
  }

  private static void setField(Object target, String name, Object value) {
    Class<?> type = target.getClass();
    while (type != null) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
        return;
      } catch (NoSuchFieldException e) {
        type = type.getSuperclass();
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException("no field " + name + " in " + target.getClass());
  }

  private static final class NoJsonColumns implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> javaType, WrapperOptions options) {
      throw new UnsupportedOperationException("no JSON columns here");
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
      throw new UnsupportedOperationException("no JSON columns here");
    }
  }

  private static Logger quiet(String name, Level level) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(level);
    return logger;
  }

  private static JdbcDataSource h2(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    return h2;
  }
}
