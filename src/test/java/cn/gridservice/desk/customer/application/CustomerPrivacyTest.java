package cn.gridservice.desk.customer.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one decision of what a viewer learns about a customer, for every role. */
class CustomerPrivacyTest {

  private final Customer resident =
      new Customer("3301000001", "张建华", CustomerCategory.RESIDENTIAL, Area.URBAN)
          .contact("张建华", "13805710001", "zhang.jianhua@example.cn", "杭州市西湖区文三路88号3幢2单元501室");

  private final Customer company =
      new Customer(
              "3303000001", "杭州钱江化工有限公司", CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE, Area.URBAN)
          .contact("马工", "057186000021", null, "杭州市钱塘区临江工业园纬三路8号");

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"AGENT", "DISPATCHER", "TECHNICIAN", "CUSTOMER_MANAGER", "COMPLAINT_HANDLER"})
  void rolesThatTalkToTheCustomerSeeAndSearchEverything(Role role) {
    CustomerPrivacy privacy = CustomerPrivacy.forRoles(Set.of(role));

    assertThat(privacy.seesContact()).isTrue();
    assertThat(privacy.searchesContact()).isTrue();
    assertThat(CustomerView.of(resident, privacy))
        .satisfies(
            v -> {
              assertThat(v.name()).isEqualTo("张建华");
              assertThat(v.phone()).isEqualTo("13805710001");
              assertThat(v.email()).isEqualTo("zhang.jianhua@example.cn");
              assertThat(v.contactMasked()).isFalse();
            });
    assertThat(privacy.text("已发邮件至 zhang.jianhua@example.cn", resident))
        .isEqualTo("已发邮件至 zhang.jianhua@example.cn");
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"SERVICE_MANAGER", "AUDITOR", "ADMIN"})
  void everybodyElseSeesMasksAndSearchesNoContactData(Role role) {
    CustomerPrivacy privacy = CustomerPrivacy.forRoles(Set.of(role));

    assertThat(privacy.seesContact()).isFalse();
    assertThat(privacy.searchesContact()).isFalse();
    CustomerView view = CustomerView.of(resident, privacy);
    assertThat(view.phone()).isEqualTo("138****0001");
    assertThat(view.email()).isEqualTo("z****@example.cn");
    assertThat(view.address()).isEqualTo("杭州市西湖区****");
    assertThat(view.contactName()).isEqualTo("张**");
    assertThat(view.contactMasked()).isTrue();
  }

  @Test
  void aResidentialCustomersNameIsPersonalDataACompanysIsNot() {
    CustomerPrivacy auditor = CustomerPrivacy.forRoles(Set.of(Role.AUDITOR));

    assertThat(CustomerView.of(resident, auditor).name()).isEqualTo("张**");
    assertThat(CustomerView.of(company, auditor).name()).isEqualTo("杭州钱江化工有限公司");
    assertThat(CustomerView.of(company, auditor).contactName()).isEqualTo("马*");
    assertThat(auditor.customerName("李秀英", "RESIDENTIAL")).isEqualTo("李**");
    assertThat(auditor.customerName("滨江小学", "LOW_VOLTAGE_NON_RESIDENTIAL")).isEqualTo("滨江小学");
  }

  @Test
  void oneRoleThatTalksToTheCustomerIsEnough() {
    assertThat(
            CustomerPrivacy.forRoles(Set.of(Role.SERVICE_MANAGER, Role.DISPATCHER)).seesContact())
        .isTrue();
    assertThat(CustomerPrivacy.forRoleNames(List.of("SERVICE_MANAGER", "AGENT")).seesContact())
        .isTrue();
    assertThat(
            CustomerPrivacy.forRoleNames(List.of("SERVICE_MANAGER", "NO_SUCH_ROLE")).seesContact())
        .isFalse();
    assertThat(CustomerPrivacy.forRoles(Set.of()).seesContact()).isFalse();
    assertThat(CustomerPrivacy.forRoles(null).seesContact()).isFalse();
  }

  @Test
  void timelineTextHidesTheCustomersOwnDataAndAnythingThatLooksLikeAPhoneOrAnEmail() {
    CustomerPrivacy auditor = CustomerPrivacy.forRoles(Set.of(Role.AUDITOR));

    assertThat(auditor.text("zhang.jianhua@example.cn", resident)).isEqualTo("z****@example.cn");
    assertThat(auditor.text("张建华来电，地址 杭州市西湖区文三路88号3幢2单元501室，回电 13805710001", resident))
        .isEqualTo("张**来电，地址 杭州市西湖区****，回电 138****0001")
        .doesNotContain("5710");
    assertThat(auditor.text("邻居手机 139-0572-0003，座机 0571-86000021，邮箱 li@neighbour.cn", null))
        .isEqualTo("邻居手机 139****0003，座机 057****0021，邮箱 l****@neighbour.cn");
    assertThat(auditor.text("+86 13905720003", null)).doesNotContain("5720");
  }

  @Test
  void numbersThatAreNotPhoneNumbersStay() {
    CustomerPrivacy auditor = CustomerPrivacy.forRoles(Set.of(Role.AUDITOR));

    assertThat(
            auditor.text("户号 3301000001，工单 SH-2026-000123，投诉 TS-2026-000007，更换 63A 空开 2 个", null))
        .isEqualTo("户号 3301000001，工单 SH-2026-000123，投诉 TS-2026-000007，更换 63A 空开 2 个");
    assertThat(auditor.text("due 2026-12-03T15:45+08:00", null))
        .isEqualTo("due 2026-12-03T15:45+08:00");
    assertThat(auditor.text(null, resident)).isNull();
  }

  @Test
  void aCompanysNameInTextStaysButItsContactPersonIsMasked() {
    CustomerPrivacy auditor = CustomerPrivacy.forRoles(Set.of(Role.AUDITOR));

    assertThat(auditor.text("杭州钱江化工有限公司 马工 来电", company)).isEqualTo("杭州钱江化工有限公司 马* 来电");
  }
}
