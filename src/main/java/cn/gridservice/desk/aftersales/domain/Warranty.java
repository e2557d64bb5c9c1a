package cn.gridservice.desk.aftersales.domain;

import cn.gridservice.desk.customer.domain.Equipment;
import java.time.LocalDate;
import java.util.List;

/** 保修期内 / 保修期外: whether the work on a case is charged. */
public enum Warranty {
  IN_WARRANTY,
  OUT_OF_WARRANTY,
  UNKNOWN;

  /**
   * From the agent's entry when there is one, else from the customer's equipment record: in
   * warranty when any of it is under warranty today, out of warranty when all of it has expired,
   * unknown without a record.
   */
  public static Warranty of(Warranty agentEntry, List<Equipment> equipment, LocalDate today) {
    if (agentEntry != null && agentEntry != UNKNOWN) {
      return agentEntry;
    }
    List<Equipment> dated = equipment.stream().filter(e -> e.warrantyEnd() != null).toList();
    if (dated.isEmpty()) {
      return UNKNOWN;
    }
    return dated.stream().anyMatch(e -> e.inWarrantyOn(today)) ? IN_WARRANTY : OUT_OF_WARRANTY;
  }
}
