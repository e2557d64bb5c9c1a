package cn.gridservice.desk.complaint.voltage;

import java.math.BigDecimal;

/**
 * Measured voltages as they arrive, not yet checked: {@code supply} is a {@link
 * VoltageSupply#code()}. (One constructor only: JSON Binding builds the record from it.)
 */
public record VoltageCheckRequest(
    String supply, BigDecimal nominalVolts, BigDecimal maxVolts, BigDecimal minVolts) {}
