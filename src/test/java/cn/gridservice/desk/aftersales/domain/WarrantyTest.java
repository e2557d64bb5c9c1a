package cn.gridservice.desk.aftersales.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.customer.domain.Equipment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 保修期内 / 保修期外: from the agent's word, else from the equipment record. */
class WarrantyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private final Customer customer =
      new Customer(
          "3302000004", "嵊泗海鲜冷库", CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL, Area.REMOTE);

  private Equipment endingOn(LocalDate end) {
    return new Equipment(customer, "冷库压缩机组", null, null, null, end);
  }

  @Test
  void equipmentUnderWarrantyTodayMeansInWarrantyIncludingItsLastDay() {
    assertThat(Warranty.of(null, List.of(endingOn(TODAY)), TODAY)).isEqualTo(Warranty.IN_WARRANTY);
    assertThat(
            Warranty.of(
                null, List.of(endingOn(TODAY.minusDays(1)), endingOn(TODAY.plusYears(1))), TODAY))
        .isEqualTo(Warranty.IN_WARRANTY);
  }

  @Test
  void onlyExpiredEquipmentMeansOutOfWarranty() {
    assertThat(Warranty.of(null, List.of(endingOn(TODAY.minusDays(1))), TODAY))
        .isEqualTo(Warranty.OUT_OF_WARRANTY);
  }

  @Test
  void withoutARecordTheWarrantyIsUnknown() {
    assertThat(Warranty.of(null, List.of(), TODAY)).isEqualTo(Warranty.UNKNOWN);
    assertThat(Warranty.of(null, List.of(endingOn(null)), TODAY)).isEqualTo(Warranty.UNKNOWN);
  }

  @Test
  void theAgentsWordWinsOverTheRecord() {
    assertThat(Warranty.of(Warranty.OUT_OF_WARRANTY, List.of(endingOn(TODAY.plusYears(1))), TODAY))
        .isEqualTo(Warranty.OUT_OF_WARRANTY);
    assertThat(Warranty.of(Warranty.UNKNOWN, List.of(endingOn(TODAY.plusYears(1))), TODAY))
        .isEqualTo(Warranty.IN_WARRANTY);
  }
}
