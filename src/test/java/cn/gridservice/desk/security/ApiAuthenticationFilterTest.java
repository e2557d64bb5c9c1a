package cn.gridservice.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading user and password from an HTTP Basic header of an API call. */
class ApiAuthenticationFilterTest {

  @Test
  void basicHeaderGivesUserAndPassword() {
    assertThat(ApiAuthenticationFilter.basicCredentials(basic("zhang.li:Grid#2026")))
        .containsExactly("zhang.li", "Grid#2026");
  }

  @ParameterizedTest
  @ValueSource(strings = {"basic ", "BASIC ", "bAsIc "})
  void schemeIsRecognisedInAnyCase(String scheme) {
    assertThat(ApiAuthenticationFilter.basicCredentials(scheme + encode("zhang.li:Grid#2026")))
        .containsExactly("zhang.li", "Grid#2026");
  }

  @Test
  void passwordMayContainColons() {
    // only the first colon separates: the user name cannot contain one, the password can
    assertThat(ApiAuthenticationFilter.basicCredentials(basic("zhang.li:a:b::c")))
        .containsExactly("zhang.li", "a:b::c");
  }

  @Test
  void chinesePasswordIsDecodedAsUtf8() {
    assertThat(ApiAuthenticationFilter.basicCredentials(basic("zhang.li:供电服务2026")))
        .containsExactly("zhang.li", "供电服务2026");
  }

  @Test
  void emptyPasswordIsPassedOnForTheRealmToReject() {
    assertThat(ApiAuthenticationFilter.basicCredentials(basic("zhang.li:")))
        .containsExactly("zhang.li", "");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "Bearer eyJhbGciOiJIUzI1NiJ9", "Basic", "Basic 这不是base64", "Basic %%%%"})
  void headerWithoutBasicCredentialsGivesNothing(String header) {
    assertThat(ApiAuthenticationFilter.basicCredentials(header)).isNull();
  }

  @Test
  void basicCredentialsWithoutColonGiveNothing() {
    assertThat(ApiAuthenticationFilter.basicCredentials(basic("zhang.li"))).isNull();
  }

  @Test
  void basicCredentialsWithoutUserGiveNothing() {
    assertThat(ApiAuthenticationFilter.basicCredentials(basic(":Grid#2026"))).isNull();
  }

  private static String basic(String userAndPassword) {
    return "Basic " + encode(userAndPassword);
  }

  private static String encode(String userAndPassword) {
    return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }
}
