package cn.gridservice.desk.platform;

/**
 * Somebody else was faster with a piece of work: it is held by another user, or it is gone. The
 * capabilities throw their own kinds of it (the task list's {@code TaskClaimConflict}); the web
 * shell shows any of them the same way.
 */
public class HeldElsewhere extends RuntimeException {

  private final String holder;

  public HeldElsewhere(String message, String holder) {
    super(message);
    this.holder = holder;
  }

  /** Who has the work now, or null when it no longer exists. */
  public String holder() {
    return holder;
  }
}
