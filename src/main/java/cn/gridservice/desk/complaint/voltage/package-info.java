/**
 * Voltage compliance check of a supply-quality complaint (供电质量投诉): do the measured maximum and
 * minimum voltages at the customer's supply point stay within the allowed deviation of 供电营业规则
 * 第五十四条? The limits are data ({@code processes/voltageCompliance.dmn}); the arithmetic is {@link
 * cn.gridservice.desk.complaint.voltage.VoltageCheck}; {@code POST /api/voltage-check} offers it to
 * the complaint handler's reply form and to integrations.
 */
package cn.gridservice.desk.complaint.voltage;
