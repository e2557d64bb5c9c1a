package cn.gridservice.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The declaration of who may do what: pages resolve to the most specific permission; pages name
 * only real ones.
 */
class PermissionTest {

  private static final Path WEBAPP =
      Path.of(System.getProperty("user.dir"), "src", "main", "webapp");

  @Test
  void aPageNeedsTheMostSpecificPermissionThatNamesIt() {
    assertThat(Permission.forPage("/work/new-case.xhtml")).isEqualTo(Permission.CREATE_CASE);
    assertThat(Permission.forPage("/work/new-complaint.xhtml"))
        .isEqualTo(Permission.REGISTER_COMPLAINT);
    assertThat(Permission.forPage("/work/task.xhtml")).isEqualTo(Permission.WORK_ON_TASKS);
    assertThat(Permission.forPage("/cases/case.xhtml")).isEqualTo(Permission.READ_CASE);
    assertThat(Permission.forPage("/complaints/complaint.xhtml"))
        .isEqualTo(Permission.READ_COMPLAINT);
    assertThat(Permission.forPage("/admin/calendar.xhtml")).isEqualTo(Permission.EDIT_CALENDAR);
    assertThat(Permission.forPage("/admin/anything-new.xhtml")).isEqualTo(Permission.ADMINISTER);
    assertThat(Permission.forPage("/index.xhtml")).isNull();
    assertThat(Permission.forPage("/workshop.xhtml"))
        .as("a folder pattern is a folder, not a prefix")
        .isNull();
  }

  @Test
  void theApiAndThePagesAgreeOnTheRolesTheIssueNamed() {
    assertThat(Permission.CANCEL_CASE.roles())
        .containsExactlyInAnyOrder(Role.AGENT, Role.CUSTOMER_MANAGER, Role.SERVICE_MANAGER);
    assertThat(Permission.READ_COMPLAINT.allows(Role.TECHNICIAN)).isFalse();
    assertThat(Permission.READ_COMPLAINT.allows(Role.ADMIN)).isFalse();
    assertThat(Permission.READ_CASE.allows(Role.AUDITOR)).isTrue();
    assertThat(Permission.ADD_CASE_INFORMATION.allows(Role.AUDITOR)).isFalse();
  }

  @Test
  void everyPermissionAPageAsksForExists() throws IOException {
    Set<String> asked = new TreeSet<>();
    Pattern may = Pattern.compile("may\\.(?:to|require)\\('([A-Z_]+)'\\)");
    try (Stream<Path> pages = Files.walk(WEBAPP)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = may.matcher(Files.readString(page));
        while (m.find()) {
          asked.add(m.group(1));
        }
      }
    }
    Set<String> declared =
        Arrays.stream(Permission.values()).map(Enum::name).collect(Collectors.toSet());
    assertThat(asked).isNotEmpty().isSubsetOf(declared);
  }
}
