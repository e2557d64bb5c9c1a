package cn.gridservice.desk.complaint.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import cn.gridservice.desk.workflow.EngineClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every limit × grade × high-risk/key-account flag of processes/complaintLimits.dmn, and that its
 * rows exclude each other (UNIQUE): a manager's grade-specific row must narrow the default, never
 * hide behind it.
 */
@Deployment(resources = "processes/complaintLimits.dmn")
class ComplaintLimitsTest {

  private static final String MODEL = "processes/complaintLimits.dmn";

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  private ProcessEngine engine;
  private ComplaintLimits limits;

  @BeforeEach
  void createBean() {
    engine = ENGINE.getProcessEngine();
    limits = new ComplaintLimits(engine.getDecisionService());
  }

  /** Flags as the complaint model carries them: high-risk, key account, both, neither. */
  private static final boolean[][] FLAGS = {
    {true, false}, {false, true}, {true, true}, {false, false}
  };

  @ParameterizedTest(
      name = "{0} priority={1} -> {2}, warn {3}/{4} % to {6}, breach -> level {5}, {7}")
  @CsvSource(
      nullValues = "null",
      value = {
        "CONTACT,     false, WORKING_DAYS:1,  50,   80,   1,    COMPLAINT_HANDLER, DISPATCHER",
        "CONTACT,     true,  WORKING_HOURS:4, 50,   80,   1,    COMPLAINT_HANDLER, DISPATCHER",
        "REPLY,       false, WORKING_DAYS:7,  50,   80,   2,    COMPLAINT_HANDLER, SERVICE_MANAGER",
        "REPLY,       true,  WORKING_DAYS:5,  50,   80,   2,    COMPLAINT_HANDLER, SERVICE_MANAGER",
        "FOLLOW_UP,   false, WORKING_DAYS:2,  null, null, null, null,              null",
        "FOLLOW_UP,   true,  WORKING_DAYS:2,  null, null, null, null,              null",
        "ACKNOWLEDGE, false, WORKING_HOURS:2, null, null, null, null,              null",
        "ACKNOWLEDGE, true,  WORKING_HOURS:2, null, null, null, null,              null",
        "SUPERVISE,   false, WORKING_DAYS:1,  null, null, null, null,              null",
        "SUPERVISE,   true,  WORKING_DAYS:1,  null, null, null, null,              null",
      })
  void everyLimitHoldsForEveryGrade(
      ComplaintLimit limit,
      boolean priority,
      String rule,
      Integer firstWarn,
      Integer secondWarn,
      Integer breachLevel,
      Role warnRole,
      Role breachRole) {
    LimitPolicy expected =
        new LimitPolicy(rule, firstWarn, secondWarn, breachLevel, warnRole, breachRole);
    for (Grade grade : Grade.values()) {
      assertThat(limits.policy(limit, grade, priority)).as(grade.name()).isEqualTo(expected);
    }
  }

  @Test
  void everyLimitGradeAndFlagHasExactlyOneRowAndPriorityCustomersNeverWaitLonger() {
    ComplaintDeadlines deadlines =
        new ComplaintDeadlines(
            limits,
            cn.gridservice.desk.calendar.domain.SeededCalendar::calendar,
            new EngineClock());
    java.time.Instant monday =
        java.time.OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant();
    for (ComplaintLimit limit : ComplaintLimit.values()) {
      for (Grade grade : Grade.values()) {
        java.time.Instant normal = null;
        for (boolean[] flags : FLAGS) {
          // policy() reads getSingleResult(): two matching rows would fail here
          var variables =
              Map.<String, Object>of(
                  ComplaintProcess.VAR_GRADE,
                  grade.name(),
                  ComplaintProcess.VAR_HIGH_RISK,
                  flags[0],
                  ComplaintProcess.VAR_KEY_ACCOUNT,
                  flags[1]);
          var scope = variables(variables);
          String rule = limits.policy(limit, grade, ComplaintDeadlines.priorityOf(scope)).rule();
          java.time.Instant due =
              cn.gridservice.desk.tasklist.deadline.SlaSchedule.of(
                      rule,
                      null,
                      monday,
                      cn.gridservice.desk.calendar.domain.SeededCalendar.calendar())
                  .dueAt();
          if (!flags[0] && !flags[1]) {
            normal = due;
          } else {
            assertThat(ComplaintDeadlines.priorityOf(scope)).isTrue();
          }
          assertThat(deadlines.rule(scope, limit.name())).isEqualTo(rule);
        }
        java.time.Instant priorityDue =
            cn.gridservice.desk.tasklist.deadline.SlaSchedule.of(
                    limits.policy(limit, grade, true).rule(),
                    null,
                    monday,
                    cn.gridservice.desk.calendar.domain.SeededCalendar.calendar())
                .dueAt();
        assertThat(priorityDue).as(limit + "/" + grade).isBeforeOrEqualTo(normal);
      }
    }
    // the office limits the domain names are strictly shorter
    assertThat(limits.policy(ComplaintLimit.CONTACT, Grade.GENERAL, true).rule())
        .isEqualTo("WORKING_HOURS:4");
    assertThat(limits.policy(ComplaintLimit.REPLY, Grade.GENERAL, true).rule())
        .isEqualTo("WORKING_DAYS:5");
  }

  @Test
  void theHitPolicySaysWhichRuleWinsNotTheOrder() {
    DmnModelInstance model =
        Dmn.readModelFromStream(
            new ByteArrayInputStream(
                EditedDecisions.modelText(MODEL).getBytes(StandardCharsets.UTF_8)));
    Decision decision = model.getModelElementById(ComplaintLimits.DECISION_KEY);
    DecisionTable table = (DecisionTable) decision.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    assertThat(table.getInputs())
        .extracting(input -> input.getInputExpression().getText().getTextContent())
        .containsExactly("limit", "grade", "priorityCustomer");
    Decision reopen = model.getModelElementById(ComplaintLimits.REOPEN_DECISION_KEY);
    assertThat(((DecisionTable) reopen.getExpression()).getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
  }

  @Test
  void theRulesInReverseOrderGiveTheSameAnswers() {
    String text = EditedDecisions.modelText(MODEL);
    var reversed = new ComplaintLimits(EditedDecisions.of(MODEL, model -> reverseRules(model)));
    for (ComplaintLimit limit : ComplaintLimit.values()) {
      for (Grade grade : Grade.values()) {
        for (boolean priority : new boolean[] {true, false}) {
          assertThat(reversed.policy(limit, grade, priority))
              .isEqualTo(limits.policy(limit, grade, priority));
        }
      }
    }
    assertThat(text).contains("hitPolicy=\"UNIQUE\"");
  }

  @Test
  void aGradeSpecificRowNarrowsTheDefault() {
    String specialReply =
        """
        <rule id="replySpecial">
          <description>特殊投诉 5 个工作日内答复</description>
          <inputEntry id="replySpecial_limit"><text>"REPLY"</text></inputEntry>
          <inputEntry id="replySpecial_grade"><text>"SPECIAL"</text></inputEntry>
          <inputEntry id="replySpecial_priority"><text>false</text></inputEntry>
          <outputEntry id="replySpecial_rule"><text>"WORKING_DAYS:5"</text></outputEntry>
          <outputEntry id="replySpecial_firstWarn"><text>30</text></outputEntry>
          <outputEntry id="replySpecial_secondWarn"><text>60</text></outputEntry>
          <outputEntry id="replySpecial_breachLevel"><text>3</text></outputEntry>
          <outputEntry id="replySpecial_warnRole"><text>"SERVICE_MANAGER"</text></outputEntry>
          <outputEntry id="replySpecial_breachRole"><text>"SERVICE_MANAGER"</text></outputEntry>
        </rule>
        """;
    var edited =
        new ComplaintLimits(
            EditedDecisions.of(
                MODEL,
                model ->
                    model
                        .replace(
                            "<inputEntry id=\"replyDefault_grade\"><text>-</text>",
                            "<inputEntry id=\"replyDefault_grade\"><text>not(\"SPECIAL\")</text>")
                        .replace(
                            "</decisionTable>\n  </decision>\n  <!-- The reopen",
                            Matcher.quoteReplacement(specialReply)
                                + "</decisionTable>\n  </decision>\n  <!-- The reopen")));

    assertThat(edited.policy(ComplaintLimit.REPLY, Grade.SPECIAL, false))
        .isEqualTo(
            new LimitPolicy(
                "WORKING_DAYS:5", 30, 60, 3, Role.SERVICE_MANAGER, Role.SERVICE_MANAGER));
    // the other grades and limits keep the defaults
    assertThat(edited.policy(ComplaintLimit.REPLY, Grade.MAJOR, false))
        .isEqualTo(limits.policy(ComplaintLimit.REPLY, Grade.MAJOR, false));
    assertThat(edited.policy(ComplaintLimit.CONTACT, Grade.SPECIAL, false))
        .isEqualTo(limits.policy(ComplaintLimit.CONTACT, Grade.SPECIAL, false));
  }

  @Test
  void aRowThatOverlapsTheDefaultFailsInsteadOfWinningByItsPosition() {
    var edited =
        new ComplaintLimits(
            EditedDecisions.of(
                MODEL,
                model ->
                    model.replaceFirst(
                        "<rule ",
                        Matcher.quoteReplacement(
                                """
            <rule id="replySpecial">
              <inputEntry id="replySpecial_limit"><text>"REPLY"</text></inputEntry>
              <inputEntry id="replySpecial_grade"><text>"SPECIAL"</text></inputEntry>
              <inputEntry id="replySpecial_priority"><text>-</text></inputEntry>
              <outputEntry id="replySpecial_rule"><text>"WORKING_DAYS:5"</text></outputEntry>
              <outputEntry id="replySpecial_firstWarn"><text></text></outputEntry>
              <outputEntry id="replySpecial_secondWarn"><text></text></outputEntry>
              <outputEntry id="replySpecial_breachLevel"><text></text></outputEntry>
              <outputEntry id="replySpecial_warnRole"><text>""</text></outputEntry>
              <outputEntry id="replySpecial_breachRole"><text>""</text></outputEntry>
            </rule>
            """)
                            + "<rule ")));
    assertThatThrownBy(() -> edited.policy(ComplaintLimit.REPLY, Grade.SPECIAL, false))
        .hasMessageContaining("replySpecial");
  }

  @Test
  void theSecondReopenEscalatesByTheTable() {
    for (Grade grade : Grade.values()) {
      assertThat(limits.escalateAtReopen(grade)).isEqualTo(2);
    }
    var third =
        new ComplaintLimits(
            EditedDecisions.of(
                MODEL,
                model ->
                    model.replace(
                        "<outputEntry id=\"complaintReopenDefault_escalateAt\"><text>2</text>",
                        "<outputEntry id=\"complaintReopenDefault_escalateAt\"><text>3</text>")));
    assertThat(third.escalateAtReopen(Grade.GENERAL)).isEqualTo(3);
  }

  @Test
  void aLimitWithoutARowIsAModelErrorNamingLimitAndGrade() {
    var withoutSupervision =
        new ComplaintLimits(
            EditedDecisions.of(
                MODEL,
                model -> model.replaceAll("(?s)<rule id=\"superviseDefault\">.*?</rule>", "")));
    assertThatThrownBy(
            () -> withoutSupervision.policy(ComplaintLimit.SUPERVISE, Grade.MAJOR, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SUPERVISE")
        .hasMessageContaining("MAJOR");
  }

  @Test
  void aRoleThatIsNoStaffRoleMeansNobody() {
    var misspelt =
        new ComplaintLimits(
            EditedDecisions.of(
                MODEL,
                model ->
                    model.replace("<text>\"DISPATCHER\"</text>", "<text>\"TEAM_LEADER\"</text>")));
    LimitPolicy contact = misspelt.policy(ComplaintLimit.CONTACT, Grade.GENERAL, false);
    assertThat(contact.breachRole()).isNull();
    assertThat(contact.warnRole()).isEqualTo(Role.COMPLAINT_HANDLER);
  }

  /** The rules of the first decision table in reverse order. */
  private static String reverseRules(String model) {
    java.util.regex.Matcher rules =
        java.util.regex.Pattern.compile("(?s)\\s*<rule id=.*?</rule>").matcher(model);
    List<String> found = new java.util.ArrayList<>();
    int first = -1;
    int last = -1;
    int table = model.indexOf("</decisionTable>");
    while (rules.find() && rules.end() < table) {
      if (first < 0) {
        first = rules.start();
      }
      last = rules.end();
      found.add(rules.group());
    }
    java.util.Collections.reverse(found);
    return model.substring(0, first) + String.join("", found) + model.substring(last);
  }

  private static org.camunda.bpm.engine.delegate.VariableScope variables(
      Map<String, Object> variables) {
    return (org.camunda.bpm.engine.delegate.VariableScope)
        java.lang.reflect.Proxy.newProxyInstance(
            ComplaintLimitsTest.class.getClassLoader(),
            new Class<?>[] {org.camunda.bpm.engine.delegate.VariableScope.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getVariable") && args != null && args.length == 1) {
                return variables.get(args[0]);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
