package cn.gridservice.desk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Validation messages are keys, put into words in the reader's language; English unless asked
 * otherwise.
 */
class InvalidInputTest {

  private Locale jvmDefault;

  @BeforeEach
  void chineseJvm() {
    // the server may well run with a Chinese default locale: English must stay the fallback anyway
    jvmDefault = Locale.getDefault();
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
  }

  @AfterEach
  void restoreJvmLocale() {
    Locale.setDefault(jvmDefault);
  }

  @Test
  void aKeyWithArgumentsIsWordedInChineseAndInEnglish() {
    InvalidInput refused =
        InvalidInput.of(
            "technician", "invalid.schedule.technicianNotInTeam", "technician2", "城区服务班");

    assertThat(refused.fields(Locale.SIMPLIFIED_CHINESE))
        .containsExactly(entry("technician", "technician2 不属于您所在的班组（城区服务班），请派本班组人员"));
    assertThat(refused.fields(Locale.CHINESE)).isEqualTo(refused.fields(Locale.SIMPLIFIED_CHINESE));
    assertThat(refused.fields(Locale.ENGLISH))
        .containsExactly(entry("technician", "technician2 is not in your team (城区服务班)"));
    assertThat(refused.fields(Locale.US)).isEqualTo(refused.fields(Locale.ENGLISH));
  }

  @Test
  void fieldsAndTheMessageAreEnglishByDefault() {
    InvalidInput refused =
        InvalidInput.collect()
            .add("amount", "invalid.calendar.amountInvalid", 100_000L, "-1")
            .add("note", "invalid.note.tooLong", 2000)
            .exception();

    // numbers as the English text always wrote them; quotes as quotes
    assertThat(refused.fields())
        .containsExactly(
            entry("amount", "amount must be a whole number from 0 to 100000, not '-1'"),
            entry("note", "note is longer than 2000 characters"));
    assertThat(refused.getMessage())
        .isEqualTo(
            "amount must be a whole number from 0 to 100000, not '-1'; note is longer than 2000 characters");
    assertThat(refused.fields(Locale.SIMPLIFIED_CHINESE))
        .containsExactly(
            entry("amount", "参数 amount 的值“-1”无效：须为 0 至 100000 的整数"),
            entry("note", "备注不能超过 2000 字"));
  }

  @Test
  void aLanguageWithoutBundleFallsBackToEnglishNotToTheJvmsLocale() {
    // the JDK's own lookup of French would fall back to the default locale's (Chinese) bundle
    assertThat(ResourceBundle.getBundle(InvalidInput.BUNDLE, Locale.FRENCH).getLocale())
        .isEqualTo(Locale.CHINESE);
    InvalidInput refused =
        InvalidInput.of("satisfaction", "invalid.feedback.satisfactionOutOfRange");

    assertThat(refused.fields(Locale.FRENCH))
        .containsExactly(entry("satisfaction", "satisfaction is a score from 1 to 5"));
    assertThat(refused.fields(Locale.ROOT)).isEqualTo(refused.fields(Locale.ENGLISH));
    assertThat(refused.fields(null)).isEqualTo(refused.fields(Locale.ENGLISH));
    assertThat(refused.fields(Locale.SIMPLIFIED_CHINESE))
        .containsExactly(entry("satisfaction", "满意度请按 1 至 5 分评定"));
  }

  @Test
  void aTextThatIsNoKeyIsShownAsItIs() {
    InvalidInput refused =
        InvalidInput.collect()
            .add("legacy", "something is wrong with {0}, isn't it")
            .add("prefixed", "invalid.no.such.key")
            .exception();

    assertThat(refused.fields())
        .containsExactly(
            entry("legacy", "something is wrong with {0}, isn't it"),
            entry("prefixed", "invalid.no.such.key"));
    assertThat(refused.fields(Locale.SIMPLIFIED_CHINESE)).isEqualTo(refused.fields());
    assertThat(refused.getMessage())
        .isEqualTo("something is wrong with {0}, isn't it; invalid.no.such.key");
  }

  @Test
  void aKeyWithoutArgumentsIsNotAPattern() {
    // braces and quotes in a text without arguments stay as they are
    assertThat(InvalidInput.of("body", "invalid.calendar.bodyRequired").fields())
        .containsExactly(
            entry("body", "a JSON body {\"source\": …, \"entries\": [...]} is required"));
  }

  @Test
  void theCalendarNamesTheFieldInEnglishAndTheLineInChinese() {
    InvalidInput refused =
        InvalidInput.of(
            "entries[2]",
            "invalid.calendar.entry.makeUpNotOnWeekend",
            "entries[2]",
            3,
            LocalDate.of(2034, 1, 4),
            DayOfWeek.WEDNESDAY);

    assertThat(refused.fields())
        .containsExactly(
            entry(
                "entries[2]",
                "entries[2]: 2034-01-04 is a WEDNESDAY; only a Saturday or Sunday can be a make-up working day"));
    assertThat(refused.fields(Locale.SIMPLIFIED_CHINESE))
        .containsExactly(entry("entries[2]", "第 3 行：2034-01-04 不是周六或周日，只有周六、周日才能安排调休上班"));
  }

  @Test
  void theFirstProblemOfAFieldWinsAndTheArgumentsAreCopied() {
    Object[] args = {List.of("PHONE", "ONLINE"), "FAX"};
    InvalidInput.Collector errors =
        InvalidInput.collect()
            .add("channel", "invalid.serviceCase.channelUnknown", args)
            .add("channel", "invalid.serviceCase.channelRequired", List.of("PHONE"));
    args[1] = "changed";

    assertThat(errors.exception().fields())
        .containsExactly(entry("channel", "channel must be one of [PHONE, ONLINE], not 'FAX'"));
    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("'FAX'");
    InvalidInput.collect().throwIfAny();
  }
}
