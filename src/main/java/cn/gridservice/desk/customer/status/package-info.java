/**
 * The customers' own status check (进度查询) without an account: a case or complaint number plus the
 * last four digits of the phone number on record give the status in plain words, the visit's window
 * and the dates — nothing personal — and failed attempts are throttled per client and per number.
 * Each capability that has something to look up implements {@link
 * cn.gridservice.desk.customer.status.StatusSource}.
 */
package cn.gridservice.desk.customer.status;
