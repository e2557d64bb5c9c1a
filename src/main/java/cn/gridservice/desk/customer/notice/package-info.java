/**
 * Notices to the customer about their case or complaint (accepted, visit scheduled, visit moved,
 * complaint registered with its reply limit): texts in Chinese and English, sent after the step
 * commits through pluggable {@link cn.gridservice.desk.customer.notice.NoticeChannel channels} —
 * mail through the server's mail session, SMS through the {@link
 * cn.gridservice.desk.customer.notice.SmsSender} that {@code GSD_SMS_SENDER} names.
 */
package cn.gridservice.desk.customer.notice;
