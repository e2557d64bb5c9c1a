package cn.gridservice.desk.customer.api;

import cn.gridservice.desk.customer.status.PublicStatusLookup;
import cn.gridservice.desk.customer.status.PublicStatusLookup.Answer;
import cn.gridservice.desk.platform.api.ApiError;
import cn.gridservice.desk.platform.api.ApiExceptionMappers;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code POST /api/public/status}: the customers' status check without an account, as on {@code
 * /public/status.xhtml}. A POST, so that the phone digits stay out of URLs and access logs.
 */
@Path("/public/status")
@PermitAll
public class PublicStatusResource {

  /**
   * What the customer types: the case or complaint number and the last four digits of the phone on
   * record.
   */
  public record Query(String reference, String phoneLast4) {}

  /** The answer: the state as a code and in words, and the times that matter to the customer. */
  public record StatusAnswer(
      String reference,
      String kind,
      String state,
      String stateText,
      OffsetDateTime receivedAt,
      OffsetDateTime visitStart,
      OffsetDateTime visitEnd,
      OffsetDateTime replyDue,
      OffsetDateTime repliedAt,
      OffsetDateTime closedAt) {}

  @Inject PublicStatusLookup lookup;

  @Context HttpServletRequest request;

  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response check(Query query) {
    Locale language =
        ApiExceptionMappers.language(
            headers == null ? java.util.List.of() : headers.getAcceptableLanguages());
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "i18n.messages", language, PublicStatusResource.class.getClassLoader());
    Answer answer =
        lookup.lookup(
            query == null ? null : query.reference(),
            query == null ? null : query.phoneLast4(),
            request.getRemoteAddr());
    return switch (answer.outcome()) {
      case FOUND -> {
        PublicStatusLookup.PublicStatus s = answer.status();
        yield Response.ok(
                new StatusAnswer(
                    s.reference(),
                    s.kind(),
                    s.state().name(),
                    texts.getString("publicStatus.state." + s.state().name()),
                    s.receivedAt(),
                    s.visitStart(),
                    s.visitEnd(),
                    s.replyDue(),
                    s.repliedAt(),
                    s.closedAt()))
            .build();
      }
      case NOT_FOUND -> error(Response.Status.NOT_FOUND, texts.getString("publicStatus.notFound"));
      case THROTTLED ->
          Response.status(Response.Status.TOO_MANY_REQUESTS)
              .header("Retry-After", Math.max(1, answer.retryAfter().toSeconds()))
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(
                  ApiError.of(
                      429,
                      java.text.MessageFormat.format(
                          texts.getString("publicStatus.throttled"), answer.retryAfterMinutes())))
              .build();
      case INVALID -> error(Response.Status.BAD_REQUEST, texts.getString("publicStatus.invalid"));
    };
  }

  private static Response error(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.of(status.getStatusCode(), message))
        .build();
  }
}
