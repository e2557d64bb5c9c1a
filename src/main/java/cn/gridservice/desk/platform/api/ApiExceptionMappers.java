package cn.gridservice.desk.platform.api;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.NotPermitted;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns failures into JSON answers with a clear message; never a stack trace to the client. */
public final class ApiExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

  private ApiExceptionMappers() {}

  static Response json(int status, ApiError error) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(error)
        .build();
  }

  @Provider
  public static class BadRequest implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException e) {
      return json(400, ApiError.of(400, e.getMessage()));
    }
  }

  /**
   * Refused input: in Chinese when the client's Accept-Language puts zh before en, else in English.
   */
  @Provider
  public static class Invalid implements ExceptionMapper<InvalidInput> {

    @Context HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInput e) {
      Locale language = language(headers == null ? List.of() : headers.getAcceptableLanguages());
      Map<String, String> fields = e.fields(language);
      return Response.status(400)
          .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .language(language)
          .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
          .entity(new ApiError(400, String.join("; ", fields.values()), fields))
          .build();
    }
  }

  /**
   * The language of an answer: Chinese when zh comes before en among the acceptable languages (most
   * preferred first, as {@link HttpHeaders#getAcceptableLanguages()} lists them), otherwise
   * English.
   */
  public static Locale language(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("zh".equals(locale.getLanguage())) {
        return Locale.SIMPLIFIED_CHINESE;
      }
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  /** The role does not allow what was asked (beyond the endpoint's {@code @RolesAllowed}). */
  @Provider
  public static class Forbidden implements ExceptionMapper<NotPermitted> {
    @Override
    public Response toResponse(NotPermitted e) {
      return json(403, ApiError.of(403, e.getMessage()));
    }
  }

  @Provider
  public static class InvalidFields implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        String path = v.getPropertyPath().toString();
        fields.put(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
      }
      return json(400, new ApiError(400, "invalid input", fields));
    }
  }

  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      if (e.getResponse().hasEntity()) {
        return e.getResponse();
      }
      int status = e.getResponse().getStatus();
      String message =
          e.getMessage() == null
              ? Response.Status.fromStatusCode(status).getReasonPhrase()
              : e.getMessage();
      return json(status, ApiError.of(status, message));
    }
  }

  /** A body that is not JSON of the expected shape: the client's mistake, not ours. */
  @Provider
  public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      if (e.getCause() instanceof JsonbException
          || cause instanceof JsonbException
          || cause instanceof JsonParsingException) {
        return json(
            400,
            ApiError.of(400, "the body is not valid JSON for this request: " + cause.getMessage()));
      }
      LOG.log(Level.SEVERE, "API request failed", e);
      return json(500, ApiError.of(500, "internal error; the request changed nothing"));
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      LOG.log(Level.SEVERE, "API request failed", e);
      return json(500, ApiError.of(500, "internal error; the request changed nothing"));
    }
  }
}
