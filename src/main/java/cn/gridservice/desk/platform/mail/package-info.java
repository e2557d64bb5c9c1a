/**
 * Outgoing mail through the server's mail session {@code java:jboss/mail/gsd}
 * (server-config/mail.cli): plain-text UTF-8 messages, sent only once the transaction commits.
 */
package cn.gridservice.desk.platform.mail;
