package cn.gridservice.desk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.calendar.domain.DayKind;
import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.security.Role;

/** Every text the pages show exists in Chinese and in English. */
class MessageBundlesTest {

  private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
  private static final Path BUNDLES = PROJECT.resolve("src/main/resources/i18n");
  private static final Path WEBAPP = PROJECT.resolve("src/main/webapp");
  private static final Path PROCESSES = PROJECT.resolve("processes");

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
    assertThat(matches(KEY_PREFIX)).isSubsetOf("step.", "role.", "category.", "area.", "calendar.kind.", "serviceType.", "form.reason.", "form.manager.", "case.status.", "channel.", "warranty.");
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
    assertBothLanguagesHave(Stream.of(CustomerCategory.values()).map(c -> "category." + c.name()).toList());
  }

  @Test
  void everyAreaHasANameInBothLanguages() {
    assertBothLanguagesHave(Stream.of(Area.values()).map(area -> "area." + area.name()).toList());
  }

  @Test
  void everyKindOfCalendarDayHasANameInBothLanguages() {
    assertBothLanguagesHave(Stream.of(DayKind.values()).map(kind -> "calendar.kind." + kind.name()).toList());
  }

  @Test
  void everyServiceTypeHasANameInBothLanguages() {
    assertBothLanguagesHave(Stream.of(ServiceType.values()).map(type -> "serviceType." + type.name()).toList());
  }

  // --- helpers ---

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
    return bundle.entrySet().stream().filter(entry -> entry.getValue().isBlank()).map(Map.Entry::getKey).toList();
  }

  private static Map<String, String> load(String bundle) {
    // ResourceBundle reads them as UTF-8 (Java 9+); Properties.load(InputStream) would garble the Chinese
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
