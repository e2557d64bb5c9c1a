package cn.gridservice.desk.customer.notice;

/**
 * A notice written out: a mail's subject and body, and the short text of an SMS; Chinese first,
 * English after.
 */
public record NoticeText(String subject, String body, String shortText) {}
