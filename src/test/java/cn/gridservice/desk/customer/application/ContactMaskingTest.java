package cn.gridservice.desk.customer.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a customer's contact data looks to staff who do not talk to the customer. */
class ContactMaskingTest {

  @Test
  void mobileNumberShowsOnlyTheNetworkPrefixAndTheLastFourDigits() {
    assertThat(ContactMasking.maskPhone("13805710001")).isEqualTo("138****0001");
  }

  @Test
  void landlineShowsOnlyTheStartOfTheAreaCodeAndTheLastFourDigits() {
    assertThat(ContactMasking.maskPhone("057186000031")).isEqualTo("057****0031");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "110", "9559"})
  void numberOfFourDigitsOrFewerIsHiddenCompletely(String phone) {
    assertThat(ContactMasking.maskPhone(phone)).isEqualTo("****");
  }

  @ParameterizedTest
  @ValueSource(strings = {"95598", "860003", "8600031"})
  void shortNumberNeverShowsAllItsDigits(String phone) {
    String visible = ContactMasking.maskPhone(phone).replace("*", "");

    assertThat(visible.length()).isLessThanOrEqualTo(phone.length() / 2);
  }

  @Test
  void aNameStartingWithARareCharacterIsNotCutInHalf() {
    // 𠀾 lies outside the basic plane: two UTF-16 units, one character
    assertThat(ContactMasking.maskName("𠀾明")).isEqualTo("𠀾*");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void missingContactDataStaysMissing(String nothing) {
    assertThat(ContactMasking.maskPhone(nothing)).isEqualTo(nothing);
    assertThat(ContactMasking.maskEmail(nothing)).isEqualTo(nothing);
    assertThat(ContactMasking.maskAddress(nothing)).isEqualTo(nothing);
    assertThat(ContactMasking.maskName(nothing)).isEqualTo(nothing);
  }

  @Test
  void emailShowsTheFirstLetterAndTheDomain() {
    assertThat(ContactMasking.maskEmail("wangli@example.com")).isEqualTo("w****@example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"wangli.example.com", "@example.com"})
  void somethingThatIsNoEmailAddressIsHiddenCompletely(String notAnEmail) {
    assertThat(ContactMasking.maskEmail(notAnEmail)).isEqualTo("****");
  }

  @Test
  void longAddressShowsCityAndDistrictButNotTheStreetOrHouseNumber() {
    String masked = ContactMasking.maskAddress("杭州市西湖区文三路100号");

    assertThat(masked).isEqualTo("杭州市西湖区****").doesNotContain("文三路").doesNotContain("100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"文三路8号", "人民路12号", "浙江省杭州市上城区解放路138号3幢", "西湖区88号"})
  void addressKeepsAtMostSixLeadingCharactersAndNeverTheHouseNumber(String address) {
    String masked = ContactMasking.maskAddress(address);

    assertThat(masked).endsWith("****");
    String kept = masked.substring(0, masked.length() - 4);
    assertThat(address).startsWith(kept);
    assertThat(kept.length()).isLessThanOrEqualTo(6);
    assertThat(kept).doesNotContainPattern("[0-9号]");
  }

  @Test
  void nameShowsTheFamilyNameOnly() {
    assertThat(ContactMasking.maskName("张建华")).isEqualTo("张**");
    assertThat(ContactMasking.maskName("李娜")).isEqualTo("李*");
    // a one-character name must not come out unchanged
    assertThat(ContactMasking.maskName("王")).isEqualTo("王*");
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"AGENT", "DISPATCHER", "TECHNICIAN", "CUSTOMER_MANAGER", "COMPLAINT_HANDLER"})
  void staffWhoTalkToTheCustomerOrGoOnSiteSeeContactData(Role role) {
    assertThat(ContactMasking.seesContact(EnumSet.of(role))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"SERVICE_MANAGER", "AUDITOR", "ADMIN"})
  void managersAuditorsAndAdministratorsSeeMaskedContactData(Role role) {
    assertThat(ContactMasking.seesContact(EnumSet.of(role))).isFalse();
  }

  @Test
  void auditorWhoIsAlsoAnAgentSeesContactData() {
    assertThat(ContactMasking.seesContact(EnumSet.of(Role.AUDITOR, Role.AGENT))).isTrue();
  }

  @Test
  void userWithoutRolesSeesMaskedContactData() {
    assertThat(ContactMasking.seesContact(Set.of())).isFalse();
  }
}
