package cn.gridservice.desk.platform;

/**
 * The user's role does not allow this (e.g. only team leaders hand tasks to colleagues): the API
 * answers 403 with the message, pages show a warning. Nothing has been changed.
 */
public class NotPermitted extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotPermitted(String message) {
    super(message);
  }
}
