package cn.gridservice.desk.platform.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {

  @Test
  void onlyFieldsWhoseValueDiffersAreNoted() {
    Changes changes =
        Changes.none()
            .field("name", "王丽", "王丽")
            .field("team", "一组", "二组")
            .field("email", null, " ")
            .field(
                "roles",
                EnumSet.of(Role.DISPATCHER, Role.AGENT),
                List.of(Role.AGENT, Role.DISPATCHER))
            .field("active", true, false)
            .field("warrantyEnd", LocalDate.of(2026, 1, 1), null);
    assertThat(changes.fields())
        .containsExactly(
            new FieldChange("team", "一组", "二组"),
            new FieldChange("active", "true", "false"),
            new FieldChange("warrantyEnd", "2026-01-01", null));
  }

  @Test
  void aCreatedRecordListsWhatItHolds() {
    Changes changes =
        Changes.none()
            .created("name", "李强")
            .created("phone", null)
            .created("roles", EnumSet.of(Role.TECHNICIAN, Role.AGENT));
    assertThat(changes.fields())
        .containsExactly(
            new FieldChange("name", null, "李强"),
            new FieldChange("roles", null, "AGENT,TECHNICIAN"));
  }

  @Test
  void longValuesAreClippedToTheColumn() {
    FieldChange change = new FieldChange("address", null, "路".repeat(1200));
    assertThat(change.newValue()).hasSize(FieldChange.MAX_VALUE).endsWith("…");
  }
}
