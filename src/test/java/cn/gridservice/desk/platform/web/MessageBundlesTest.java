package cn.gridservice.desk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.calendar.domain.DayKind;
import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.ComplaintNote;
import cn.gridservice.desk.complaint.domain.ComplaintStatus;
import cn.gridservice.desk.complaint.domain.ContactMethod;
import cn.gridservice.desk.complaint.domain.EscalationRecord;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.complaint.domain.Referral;
import cn.gridservice.desk.complaint.domain.ReplyDraft;
import cn.gridservice.desk.complaint.voltage.VoltageSupply;
import cn.gridservice.desk.customer.admin.ImportColumn;
import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.changelog.ChangeAction;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.ManagerGrade;
import cn.gridservice.desk.tasklist.queue.QueueItem;
import cn.gridservice.desk.tasklist.queue.QueueKind;
import cn.gridservice.desk.tasklist.queue.WorkType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every text the pages show exists in Chinese and in English. */
class MessageBundlesTest {

  private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
  private static final Path BUNDLES = PROJECT.resolve("src/main/resources/i18n");
  private static final Path WEBAPP = PROJECT.resolve("src/main/webapp");
  private static final Path PROCESSES = PROJECT.resolve("processes");
  private static final Path SOURCES = PROJECT.resolve("src/main/java");

  /**
   * {@code "invalid.accept.reasonRequired"}: the key of a validation message written out in the
   * code.
   */
  private static final Pattern INVALID_KEY =
      Pattern.compile("\"(" + Pattern.quote(InvalidInput.KEY_PREFIX) + "[^\"\\s]*)\"");

  /** {@code {0}}, {@code {1,number,#}}: an argument of a message pattern. */
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[,}]");

  /** {@code msg['work.title']}: a key written out in the page. */
  private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([^']+)'\\]");

  /** {@code msg['role.'.concat(role.name())]}: a key put together at run time from a prefix. */
  private static final Pattern KEY_PREFIX = Pattern.compile("msg\\['([^']+)'\\.concat\\(");

  private final Map<String, String> chinese = load("messages_zh.properties");
  private final Map<String, String> english = load("messages_en.properties");

  @Test
  void chineseAndEnglishHaveTheSameKeys() {
    assertThat(chinese.keySet()).isNotEmpty().containsExactlyInAnyOrderElementsOf(english.keySet());
  }

  @Test
  void noTextIsEmpty() {
    assertThat(blankKeys(chinese)).as("empty in messages_zh").isEmpty();
    assertThat(blankKeys(english)).as("empty in messages_en").isEmpty();
  }

  @Test
  void everyKeyWrittenInAPageExistsInBothLanguages() throws IOException {
    Set<String> used = matches(LITERAL_KEY);

    assertThat(used).isNotEmpty();
    assertThat(chinese).containsKeys(used.toArray(String[]::new));
    assertThat(english).containsKeys(used.toArray(String[]::new));
  }

  @Test
  void everyKeyPrefixOfThePagesIsCheckedBelow() throws IOException {
    // a new kind of composed key needs its own check here, or its texts may be missing unnoticed
    assertThat(matches(KEY_PREFIX))
        .isSubsetOf(
            "step.",
            "role.",
            "category.",
            "area.",
            "calendar.kind.",
            "serviceType.",
            "form.reason.",
            "form.manager.",
            "case.status.",
            "channel.",
            "warranty.",
            "complaint.cause.",
            "complaint.decision.",
            "complaint.limit.",
            "complaint.note.",
            "complaint.status.",
            "complaintClass.",
            "contactMethod.",
            "grade.",
            "referral.",
            "voltage.supply.",
            "workType.",
            "state.",
            "managerGrade.",
            "changeAction.");
  }

  @Test
  void everyNameOfTheComplaintPagesIsThereInBothLanguages() {
    List<String> keys = new ArrayList<>();
    Stream.of(EscalationRecord.Cause.values())
        .forEach(v -> keys.add("complaint.cause." + v.name()));
    Stream.of(ReplyDraft.Decision.values())
        .forEach(v -> keys.add("complaint.decision." + v.name()));
    Stream.of("CONTACT", "REPLY").forEach(v -> keys.add("complaint.limit." + v));
    Stream.of(ComplaintNote.Kind.values()).forEach(v -> keys.add("complaint.note." + v.name()));
    Stream.of(ComplaintStatus.values()).forEach(v -> keys.add("complaint.status." + v.name()));
    Stream.of(ComplaintClass.values()).forEach(v -> keys.add("complaintClass." + v.name()));
    Stream.of(ContactMethod.values()).forEach(v -> keys.add("contactMethod." + v.name()));
    Stream.of(Grade.values()).forEach(v -> keys.add("grade." + v.name()));
    Stream.of(Referral.values()).forEach(v -> keys.add("referral." + v.name()));
    Stream.of(VoltageSupply.values()).forEach(v -> keys.add("voltage.supply." + v.name()));
    Stream.of(WorkType.values()).forEach(v -> keys.add("workType." + v.name()));
    Stream.of(QueueKind.values()).forEach(v -> keys.add("queue." + v.name()));
    Stream.of(QueueItem.ON_TIME, QueueItem.WARNED, QueueItem.OVERDUE)
        .forEach(v -> keys.add("state." + v));
    assertBothLanguagesHave(keys);
  }

  @Test
  void everyStepOfTheProcessesHasANameInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> models = Files.list(PROCESSES)) {
      for (Path model : models.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
        Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class).stream()
            .filter(task -> task.getCamundaCandidateGroups() != null)
            .forEach(task -> keys.add("step." + task.getId()));
      }
    }

    assertThat(keys).isNotEmpty();
    assertBothLanguagesHave(keys);
  }

  @Test
  void everyRoleHasANameInBothLanguages() {
    assertBothLanguagesHave(Stream.of(Role.values()).map(role -> "role." + role.name()).toList());
  }

  @Test
  void everyCustomerCategoryHasANameInBothLanguages() {
    assertBothLanguagesHave(
        Stream.of(CustomerCategory.values()).map(c -> "category." + c.name()).toList());
  }

  @Test
  void everyAreaHasANameInBothLanguages() {
    assertBothLanguagesHave(Stream.of(Area.values()).map(area -> "area." + area.name()).toList());
  }

  @Test
  void everyNameOfTheAdministrationPagesIsThereInBothLanguages() {
    List<String> keys = new ArrayList<>();
    Stream.of(ManagerGrade.values()).forEach(v -> keys.add("managerGrade." + v.name()));
    Stream.of(ChangeAction.values()).forEach(v -> keys.add("changeAction." + v.name()));
    Stream.of(ImportColumn.values()).forEach(v -> keys.add(v.titleKey()));
    assertBothLanguagesHave(keys);
  }

  @Test
  void everyKindOfCalendarDayHasANameInBothLanguages() {
    assertBothLanguagesHave(
        Stream.of(DayKind.values()).map(kind -> "calendar.kind." + kind.name()).toList());
  }

  @Test
  void everyServiceTypeHasANameInBothLanguages() {
    assertBothLanguagesHave(
        Stream.of(ServiceType.values()).map(type -> "serviceType." + type.name()).toList());
  }

  @Test
  void everyValidationMessageKeyOfTheCodeExistsInBothLanguages() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
        Matcher matcher = INVALID_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    // the prefix itself is declared once in InvalidInput; every other literal is a whole key
    used.remove(InvalidInput.KEY_PREFIX);

    assertThat(used)
        .as("keys in src/main/java")
        .hasSizeGreaterThan(40)
        .allSatisfy(key -> assertThat(key).as("a whole key, not a prefix").doesNotEndWith("."));
    assertThat(used)
        .as("keys in src/main/java missing in messages_zh")
        .isSubsetOf(chinese.keySet());
    assertThat(used)
        .as("keys in src/main/java missing in messages_en")
        .isSubsetOf(english.keySet());
    // and no text is left behind that nothing uses
    assertThat(validationKeys(english)).as("invalid.* texts nobody uses").isSubsetOf(used);
  }

  @Test
  void everyValidationMessageWithArgumentsIsAPatternThatFillsThemIn() {
    Object[] sample = {7, 7, 7, 7, 7};
    for (String key : validationKeys(english)) {
      for (Map.Entry<Locale, String> text :
          Map.of(Locale.ENGLISH, english.get(key), Locale.CHINESE, chinese.get(key)).entrySet()) {
        if (ARGUMENT.matcher(text.getValue()).find()) {
          // a quote left single hides the argument behind it ('{0}' instead of ''{0}'')
          assertThat(new MessageFormat(text.getValue(), text.getKey()).format(sample))
              .as(key + " (" + text.getKey() + ")")
              .doesNotContainPattern("\\{\\d");
        }
      }
    }
  }

  // --- helpers ---

  private static Set<String> validationKeys(Map<String, String> bundle) {
    return new TreeSet<>(
        bundle.keySet().stream().filter(key -> key.startsWith(InvalidInput.KEY_PREFIX)).toList());
  }

  private void assertBothLanguagesHave(List<String> keys) {
    assertThat(chinese).as("messages_zh").containsKeys(keys.toArray(String[]::new));
    assertThat(english).as("messages_en").containsKeys(keys.toArray(String[]::new));
  }

  private static Set<String> matches(Pattern pattern) throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path page : files.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (matcher.find()) {
          found.add(matcher.group(1));
        }
      }
    }
    return found;
  }

  private static List<String> blankKeys(Map<String, String> bundle) {
    return bundle.entrySet().stream()
        .filter(entry -> entry.getValue().isBlank())
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<String, String> load(String bundle) {
    // ResourceBundle reads them as UTF-8 (Java 9+); Properties.load(InputStream) would garble the
    // Chinese
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + bundle, e);
    }
    Map<String, String> texts = new TreeMap<>();
    properties.forEach((key, value) -> texts.put((String) key, (String) value));
    return texts;
  }
}
