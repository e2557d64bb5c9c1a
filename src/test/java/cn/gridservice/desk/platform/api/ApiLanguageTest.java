package cn.gridservice.desk.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The language of a refused request's answer, from the acceptable languages as JAX-RS lists them
 * (most preferred first; a single wildcard when the client sent no Accept-Language).
 */
class ApiLanguageTest {

  private static final Locale ANY = new Locale("*");

  @Test
  void chineseWhenTheClientPrefersIt() {
    assertThat(ApiExceptionMappers.language(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(ApiExceptionMappers.language(List.of(Locale.forLanguageTag("zh-TW"))))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    // French first, but Chinese before English
    assertThat(ApiExceptionMappers.language(List.of(Locale.FRENCH, Locale.CHINESE, Locale.ENGLISH)))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void englishOtherwise() {
    assertThat(ApiExceptionMappers.language(List.of(Locale.US, Locale.SIMPLIFIED_CHINESE)))
        .isEqualTo(Locale.ENGLISH);
    assertThat(ApiExceptionMappers.language(List.of(ANY))).isEqualTo(Locale.ENGLISH);
    assertThat(ApiExceptionMappers.language(List.of(Locale.GERMAN))).isEqualTo(Locale.ENGLISH);
    assertThat(ApiExceptionMappers.language(List.of())).isEqualTo(Locale.ENGLISH);
  }
}
