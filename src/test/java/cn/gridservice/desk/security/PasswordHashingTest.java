package cn.gridservice.desk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** Staff passwords are stored in the form the server's login realm reads. */
class PasswordHashingTest {

  @Test
  void hashIsBcryptWithCostTenInModularCryptForm() {
    // the realm's modular-crypt mapper recognises the algorithm by this prefix only
    assertThat(PasswordHashing.hash("Grid#2026")).startsWith("$2a$10$").hasSize(60);
  }

  @Test
  void hashAcceptsTheRightPasswordAndRejectsAWrongOne() {
    String hash = PasswordHashing.hash("Grid#2026");

    assertThat(PasswordHashing.matches("Grid#2026", hash)).isTrue();
    assertThat(PasswordHashing.matches("grid#2026", hash)).isFalse();
    assertThat(PasswordHashing.matches("", hash)).isFalse();
  }

  @Test
  void chinesePasswordIsVerifiedToo() {
    String hash = PasswordHashing.hash("供电服务2026");

    assertThat(PasswordHashing.matches("供电服务2026", hash)).isTrue();
    assertThat(PasswordHashing.matches("供电服务2025", hash)).isFalse();
  }

  @Test
  void samePasswordHashesDifferentlyEveryTime() {
    String first = PasswordHashing.hash("Grid#2026");
    String second = PasswordHashing.hash("Grid#2026");

    assertThat(first).isNotEqualTo(second);
    assertThat(PasswordHashing.matches("Grid#2026", second)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void missingPasswordIsRefused(String password) {
    assertThatThrownBy(() -> PasswordHashing.hash(password))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void somethingThatIsNoHashMatchesNothing() {
    assertThat(PasswordHashing.matches("Grid#2026", "Grid#2026")).isFalse();
  }
}
