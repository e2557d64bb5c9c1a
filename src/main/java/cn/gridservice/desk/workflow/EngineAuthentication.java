package cn.gridservice.desk.workflow;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs work as a user in the engine, so that its user operation log names them, and leaves the
 * engine's authentication as it found it.
 */
public final class EngineAuthentication {

  private EngineAuthentication() {}

  /**
   * The work as {@code userId} with the candidate groups {@code groups}. When the engine's current
   * user is already this one (the request filter has set it), the work just runs; otherwise the
   * user is set for the call and the previous authentication (or none) is put back afterwards.
   */
  public static <T> T as(
      IdentityService identityService, String userId, List<String> groups, Supplier<T> work) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null && userId.equals(current.getUserId())) {
      return work.get();
    }
    identityService.setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      if (current == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(current);
      }
    }
  }
}
