package cn.gridservice.desk.customer.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OverviewTextsTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void latenessShowsTheTwoLargestUnitsAndNothingWhenOnTime() {
    assertThat(OverviewTexts.lateness(null, ZH)).isEmpty();
    assertThat(OverviewTexts.lateness(0L, EN)).isEqualTo("< 1 min");
    assertThat(OverviewTexts.lateness(59L, ZH)).isEqualTo("不到1分钟");
    assertThat(OverviewTexts.lateness(60L, EN)).isEqualTo("1 min");
    assertThat(OverviewTexts.lateness(2 * 3600L + 5 * 60 + 30, EN)).isEqualTo("2 h 5 min");
    assertThat(OverviewTexts.lateness(2 * 3600L + 5 * 60, ZH)).isEqualTo("2小时5分钟");
    assertThat(OverviewTexts.lateness(86_400L + 3 * 3600 + 59 * 60, EN))
        .as("minutes dropped after days")
        .isEqualTo("1 d 3 h");
    assertThat(OverviewTexts.lateness(3 * 86_400L + 45 * 60, ZH))
        .as("no zero hours")
        .isEqualTo("3天");
    assertThat(OverviewTexts.lateness(-5L, EN)).isEqualTo("< 1 min");
  }

  @Test
  void limitsReadAsWords() {
    assertThat(OverviewTexts.limit("WORKING_HOURS:4", ZH)).isEqualTo("4个工作小时");
    assertThat(OverviewTexts.limit("WORKING_HOURS:4", EN)).isEqualTo("4 working hours");
    assertThat(OverviewTexts.limit("WORKING_DAYS:1", EN)).isEqualTo("1 working day");
    assertThat(OverviewTexts.limit("WORKING_DAYS:1", ZH)).isEqualTo("1个工作日");
    assertThat(OverviewTexts.limit("MINUTES:45", ZH)).isEqualTo("45分钟");
    assertThat(OverviewTexts.limit("FROM_SUBMISSION MINUTES:225", ZH)).isEqualTo("自报修起225分钟");
    assertThat(OverviewTexts.limit("FROM_SUBMISSION MINUTES:225", EN))
        .isEqualTo("225 minutes from submission");
    assertThat(OverviewTexts.limit("APPOINTMENT", EN)).isEqualTo("by the end of the appointment");
    assertThat(OverviewTexts.limit(null, EN)).isEmpty();
  }

  @Test
  void aRuleItDoesNotKnowIsShownAsItIs() {
    assertThat(OverviewTexts.limit("FORTNIGHTS:2", EN)).isEqualTo("FORTNIGHTS:2");
    assertThat(OverviewTexts.limit("WORKING_DAYS:x", ZH)).isEqualTo("WORKING_DAYS:x");
    assertThat(OverviewTexts.limit("FROM_SUBMISSION SOON", ZH)).isEqualTo("FROM_SUBMISSION SOON");
    assertThat(OverviewTexts.limit("SOMETIME", ZH)).isEqualTo("SOMETIME");
  }
}
