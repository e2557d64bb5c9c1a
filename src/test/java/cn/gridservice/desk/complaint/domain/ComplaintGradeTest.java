package cn.gridservice.desk.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grade levels, raising and names; the names of complaint classes and referrals. */
class ComplaintGradeTest {

  @ParameterizedTest(name = "level {0} -> {1}")
  @CsvSource({"-1, GENERAL", "0, GENERAL", "1, IMPORTANT", "2, MAJOR", "3, SPECIAL", "4, SPECIAL", "7, SPECIAL"})
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
    assertThat(Grade.GENERAL.chineseName()).isEqualTo("一般");
    assertThat(Grade.IMPORTANT.chineseName()).isEqualTo("重要");
    assertThat(Grade.MAJOR.chineseName()).isEqualTo("重大");
    assertThat(Grade.SPECIAL.chineseName()).isEqualTo("特殊");
    assertThat(Grade.MAJOR.englishName()).isEqualTo("Major");
    assertThat(ComplaintClass.OUTAGE.chineseName()).isEqualTo("停送电投诉");
    assertThat(ComplaintClass.SUPPLY_QUALITY.chineseName()).isEqualTo("供电质量投诉");
    assertThat(ComplaintClass.GRID_CONSTRUCTION.englishName()).isEqualTo("Grid construction complaint");
    assertThat(Referral.GOVERNMENT.chineseName()).isEqualTo("政府部门");
    assertThat(Referral.REGULATOR.englishName()).isEqualTo("Regulator");
  }
}
