package cn.gridservice.desk.complaint.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.testsupport.InMemoryEngine;

/** Every row of processes/complaintLimits.dmn, and that a grade-specific row above the defaults wins. */
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

  @ParameterizedTest(name = "{0} -> {1}, warn {2}/{3} % to {5}, breach -> level {4}, {6}")
  @CsvSource(nullValues = "null", value = {
      "CONTACT,     WORKING_DAYS:1,  50,   80,   1,    COMPLAINT_HANDLER, DISPATCHER",
      "REPLY,       WORKING_DAYS:7,  50,   80,   2,    COMPLAINT_HANDLER, SERVICE_MANAGER",
      "FOLLOW_UP,   WORKING_DAYS:2,  null, null, null, null,              null",
      "ACKNOWLEDGE, WORKING_HOURS:2, null, null, null, null,              null",
      "SUPERVISE,   WORKING_DAYS:1,  null, null, null, null,              null",
  })
  void everyRowHoldsForEveryGrade(ComplaintLimit limit, String rule, Integer firstWarn, Integer secondWarn, Integer breachLevel,
      Role warnRole, Role breachRole) {
    LimitPolicy expected = new LimitPolicy(rule, firstWarn, secondWarn, breachLevel, warnRole, breachRole);
    for (Grade grade : Grade.values()) {
      assertThat(limits.policy(limit, grade)).as(grade.name()).isEqualTo(expected);
    }
  }

  @Test
  void theDefaultsTakeAnyGradeSoThatGradeSpecificRowsCanGoAboveThem() {
    DmnModelInstance model = Dmn.readModelFromStream(
        new ByteArrayInputStream(EditedDecisions.modelText(MODEL).getBytes(StandardCharsets.UTF_8)));
    Decision decision = model.getModelElementById(ComplaintLimits.DECISION_KEY);
    DecisionTable table = (DecisionTable) decision.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.getRules()).hasSize(ComplaintLimit.values().length);
    for (Rule rule : table.getRules()) {
      assertThat(rule.getInputEntries()).extracting(entry -> entry.getTextContent().strip())
          .as(rule.getId()).element(1).isEqualTo("-");
    }
  }

  @Test
  void aGradeSpecificRowAboveTheDefaultWins() {
    String specialReply = """
        <rule id="replySpecial">
          <description>特殊投诉 5 个工作日内答复</description>
          <inputEntry id="replySpecial_limit"><text>"REPLY"</text></inputEntry>
          <inputEntry id="replySpecial_grade"><text>"SPECIAL"</text></inputEntry>
          <outputEntry id="replySpecial_rule"><text>"WORKING_DAYS:5"</text></outputEntry>
          <outputEntry id="replySpecial_firstWarn"><text>30</text></outputEntry>
          <outputEntry id="replySpecial_secondWarn"><text>60</text></outputEntry>
          <outputEntry id="replySpecial_breachLevel"><text>3</text></outputEntry>
          <outputEntry id="replySpecial_warnRole"><text>"SERVICE_MANAGER"</text></outputEntry>
          <outputEntry id="replySpecial_breachRole"><text>"SERVICE_MANAGER"</text></outputEntry>
        </rule>
        """;
    var edited = new ComplaintLimits(EditedDecisions.of(MODEL,
        model -> model.replaceFirst("<rule ", Matcher.quoteReplacement(specialReply) + "<rule ")));

    assertThat(edited.policy(ComplaintLimit.REPLY, Grade.SPECIAL)).isEqualTo(
        new LimitPolicy("WORKING_DAYS:5", 30, 60, 3, Role.SERVICE_MANAGER, Role.SERVICE_MANAGER));
    // the other grades and limits keep the defaults
    assertThat(edited.policy(ComplaintLimit.REPLY, Grade.MAJOR)).isEqualTo(limits.policy(ComplaintLimit.REPLY, Grade.MAJOR));
    assertThat(edited.policy(ComplaintLimit.CONTACT, Grade.SPECIAL)).isEqualTo(limits.policy(ComplaintLimit.CONTACT, Grade.SPECIAL));
  }

  @Test
  void aGradeSpecificRowBelowTheDefaultNeverApplies() {
    var edited = new ComplaintLimits(EditedDecisions.of(MODEL,
        model -> model.replace("</decisionTable>", """
            <rule id="replySpecial">
              <inputEntry id="replySpecial_limit"><text>"REPLY"</text></inputEntry>
              <inputEntry id="replySpecial_grade"><text>"SPECIAL"</text></inputEntry>
              <outputEntry id="replySpecial_rule"><text>"WORKING_DAYS:5"</text></outputEntry>
              <outputEntry id="replySpecial_firstWarn"><text></text></outputEntry>
              <outputEntry id="replySpecial_secondWarn"><text></text></outputEntry>
              <outputEntry id="replySpecial_breachLevel"><text></text></outputEntry>
              <outputEntry id="replySpecial_warnRole"><text>""</text></outputEntry>
              <outputEntry id="replySpecial_breachRole"><text>""</text></outputEntry>
            </rule>
            </decisionTable>""")));
    assertThat(edited.policy(ComplaintLimit.REPLY, Grade.SPECIAL).rule()).isEqualTo("WORKING_DAYS:7");
  }

  @Test
  void aLimitWithoutARowIsAModelErrorNamingLimitAndGrade() {
    var withoutSupervision = new ComplaintLimits(EditedDecisions.of(MODEL,
        model -> model.replaceAll("(?s)<rule id=\"superviseDefault\">.*?</rule>", "")));
    assertThatThrownBy(() -> withoutSupervision.policy(ComplaintLimit.SUPERVISE, Grade.MAJOR))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SUPERVISE").hasMessageContaining("MAJOR");
  }

  @Test
  void aRoleThatIsNoStaffRoleMeansNobody() {
    var misspelt = new ComplaintLimits(EditedDecisions.of(MODEL,
        model -> model.replace("<text>\"DISPATCHER\"</text>", "<text>\"TEAM_LEADER\"</text>")));
    LimitPolicy contact = misspelt.policy(ComplaintLimit.CONTACT, Grade.GENERAL);
    assertThat(contact.breachRole()).isNull();
    assertThat(contact.warnRole()).isEqualTo(Role.COMPLAINT_HANDLER);
  }
}
