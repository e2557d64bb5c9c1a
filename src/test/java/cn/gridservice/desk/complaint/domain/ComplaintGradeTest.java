package cn.gridservice.desk.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.platform.Texts;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Grade levels, raising and names; the names of complaint classes and referrals (from the
 * messages).
 */
class ComplaintGradeTest {

  @ParameterizedTest(name = "level {0} -> {1}")
  @CsvSource({
    "-1, GENERAL",
    "0, GENERAL",
    "1, IMPORTANT",
    "2, MAJOR",
    "3, SPECIAL",
    "4, SPECIAL",
    "7, SPECIAL"
  })
  void ofLevelIsCapped(int level, Grade grade) {
    assertThat(Grade.ofLevel(level)).isEqualTo(grade);
  }

  @Test
  void levelsRunFromZeroToThree() {
    assertThat(Grade.GENERAL.level()).isZero();
    assertThat(Grade.IMPORTANT.level()).isEqualTo(1);
    assertThat(Grade.MAJOR.level()).isEqualTo(2);
    assertThat(Grade.SPECIAL.level()).isEqualTo(3);
    for (Grade grade : Grade.values()) {
      assertThat(Grade.ofLevel(grade.level())).isEqualTo(grade);
    }
  }

  @Test
  void raisedIsOneGradeUpAndSpecialStays() {
    assertThat(Grade.GENERAL.raised()).isEqualTo(Grade.IMPORTANT);
    assertThat(Grade.IMPORTANT.raised()).isEqualTo(Grade.MAJOR);
    assertThat(Grade.MAJOR.raised()).isEqualTo(Grade.SPECIAL);
    assertThat(Grade.SPECIAL.raised()).isEqualTo(Grade.SPECIAL);
  }

  @Test
  void names() {
    assertThat(zh("grade", Grade.GENERAL)).isEqualTo("一般");
    assertThat(zh("grade", Grade.IMPORTANT)).isEqualTo("重要");
    assertThat(zh("grade", Grade.MAJOR)).isEqualTo("重大");
    assertThat(zh("grade", Grade.SPECIAL)).isEqualTo("特殊");
    assertThat(en("grade", Grade.MAJOR)).isEqualTo("Major");
    assertThat(zh("complaintClass", ComplaintClass.OUTAGE)).isEqualTo("停送电投诉");
    assertThat(zh("complaintClass", ComplaintClass.SUPPLY_QUALITY)).isEqualTo("供电质量投诉");
    assertThat(en("complaintClass", ComplaintClass.GRID_CONSTRUCTION))
        .isEqualTo("Grid construction complaint");
    assertThat(zh("referral", Referral.GOVERNMENT)).isEqualTo("政府部门");
    assertThat(en("referral", Referral.REGULATOR)).isEqualTo("Regulator");
  }

  private static String zh(String prefix, Enum<?> value) {
    return Texts.label(Locale.CHINESE, prefix, value);
  }

  private static String en(String prefix, Enum<?> value) {
    return Texts.label(Locale.ENGLISH, prefix, value);
  }
}
