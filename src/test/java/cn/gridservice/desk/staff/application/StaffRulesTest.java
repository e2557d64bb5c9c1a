package cn.gridservice.desk.staff.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.ManagerGrade;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffRulesTest {

  private static StaffForm valid() {
    StaffForm form = new StaffForm();
    form.setUserId("li.qiang");
    form.setName("李强");
    form.setTeam("城区服务班");
    form.setRoles(EnumSet.of(Role.TECHNICIAN));
    form.setPassword("Grid-2026!");
    return form;
  }

  private static Map<String, String> problems(StaffForm form, boolean creating) {
    InvalidInput.Collector collector = StaffRules.check(form, creating);
    return collector.isEmpty() ? Map.of() : collector.exception().fields(Locale.CHINESE);
  }

  @Test
  void aCompleteFormPassesAndIsTrimmed() {
    StaffForm form = valid();
    form.setName("  李强 ");
    form.setEmail(" ");
    assertThat(problems(form, true)).isEmpty();
    assertThat(form.getName()).isEqualTo("李强");
    assertThat(form.getEmail()).isNull();
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    StaffForm form = new StaffForm();
    form.setUserId("Li Qiang");
    form.setEmail("li@");
    form.setPhone("12345");
    form.setManagerGrade(ManagerGrade.SENIOR);
    form.setPassword("short");
    assertThat(problems(form, true))
        .containsOnlyKeys("userId", "name", "email", "phone", "roles", "password")
        .containsEntry("roles", "请至少选择一个角色")
        .containsEntry("password", "密码至少 8 位");
  }

  @Test
  void onlyCustomerManagersHaveAGrade() {
    StaffForm form = valid();
    form.setManagerGrade(ManagerGrade.TRAINEE);
    assertThat(problems(form, true)).containsOnlyKeys("managerGrade");
    form.setRoles(EnumSet.of(Role.CUSTOMER_MANAGER));
    assertThat(problems(form, true)).isEmpty();
  }

  @Test
  void theUserIdAndPasswordAreCheckedOnlyWhenCreating() {
    StaffForm form = valid();
    form.setUserId(null);
    form.setPassword(null);
    assertThat(problems(form, false)).isEmpty();
    assertThat(problems(form, true)).containsOnlyKeys("userId", "password");
  }

  @Test
  void thePasswordPolicyAsksForLengthVarietyAndNotTheUserName() {
    assertThat(password("Abcdef1!", "agent")).isNull();
    assertThat(password("abcdefgh1", "agent")).isEqualTo(text("invalid.staff.password.weak"));
    assertThat(password("ABCDEFGH", "agent")).isEqualTo(text("invalid.staff.password.weak"));
    assertThat(password("Agent-2026", "agent"))
        .isEqualTo(text("invalid.staff.password.containsUserId"));
    assertThat(password("Ab1!", "agent"))
        .isEqualTo(text("invalid.staff.password.tooShort", StaffRules.MIN_PASSWORD_LENGTH));
    assertThat(password("", "agent")).isEqualTo(text("invalid.staff.password.required"));
    assertThat(password("Aa1!".repeat(19), "agent")).isEqualTo(text("invalid.admin.tooLong", 72));
  }

  private static String password(String password, String userId) {
    InvalidInput.Collector collector = InvalidInput.collect();
    StaffRules.password(collector, "password", password, userId);
    return collector.isEmpty() ? null : collector.exception().fields().get("password");
  }

  private static String text(String key, Object... args) {
    return InvalidInput.of("x", key, args).fields().get("x");
  }
}
