package cn.gridservice.desk.customer.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.ContactFormats;
import cn.gridservice.desk.platform.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  static CustomerForm valid() {
    CustomerForm form = new CustomerForm();
    form.setCustomerNo("3305000001");
    form.setName("西溪湿地管理处");
    form.setCategory(CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL);
    form.setArea(Area.URBAN);
    form.setPhone("0571-86000021");
    form.setAddress("杭州市西湖区天目山路518号");
    return form;
  }

  private static Map<String, String> problems(CustomerForm form, boolean creating) {
    InvalidInput.Collector collector = CustomerRules.check(form, creating, TODAY);
    return collector.isEmpty() ? Map.of() : collector.exception().fields(Locale.ENGLISH);
  }

  @Test
  void aCompleteCustomerPasses() {
    assertThat(problems(valid(), true)).isEmpty();
  }

  @Test
  void eachBadValueIsAFieldError() {
    CustomerForm form = new CustomerForm();
    form.setCustomerNo("33-01");
    form.setPhone("1380571000");
    form.setEmail("zhang@@example");
    form.setFeeder("线".repeat(101));
    assertThat(problems(form, true))
        .containsOnlyKeys(
            "customerNo", "name", "category", "area", "phone", "email", "address", "feeder")
        .containsEntry("customerNo", "The customer number \"33-01\" must have 8–20 digits")
        .containsEntry("feeder", "At most 100 characters");
  }

  @Test
  void theNumberIsCheckedOnlyWhenCreating() {
    CustomerForm form = valid();
    form.setCustomerNo(null);
    assertThat(problems(form, false)).isEmpty();
  }

  @Test
  void equipmentLinesNeedANameAndSensibleDates() {
    CustomerForm form = valid();
    CustomerForm.EquipmentLine fine = new CustomerForm.EquipmentLine();
    fine.setName("箱式变电站");
    fine.setInstalledOn(TODAY.minusYears(1));
    fine.setWarrantyEnd(TODAY.plusYears(1));
    CustomerForm.EquipmentLine bad = new CustomerForm.EquipmentLine();
    bad.setInstalledOn(TODAY.plusDays(1));
    CustomerForm.EquipmentLine backwards = new CustomerForm.EquipmentLine();
    backwards.setName("UPS");
    backwards.setInstalledOn(TODAY.minusYears(1));
    backwards.setWarrantyEnd(TODAY.minusYears(2));
    form.setEquipment(List.of(fine, bad, backwards));
    assertThat(problems(form, true))
        .containsOnlyKeys(
            "equipment[1].name", "equipment[1].installedOn", "equipment[2].warrantyEnd");
  }

  @Test
  void phoneNumbersAndAddressesOfTheMainland() {
    assertThat(
            List.of(
                "13805710001",
                "0571-86000021",
                "057186000021",
                "010-12345678",
                "0571-86000021-805",
                "95598"))
        .allMatch(ContactFormats::isPhone);
    assertThat(List.of("1380571000", "12805710001", "+86 138 0571 0001", "86000021", "phone"))
        .noneMatch(ContactFormats::isPhone);
    assertThat(ContactFormats.isEmail("service@zj.sgcc.com.cn")).isTrue();
    assertThat(ContactFormats.isEmail("service@sgcc")).isFalse();
  }
}
