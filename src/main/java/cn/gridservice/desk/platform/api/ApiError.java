package cn.gridservice.desk.platform.api;

import java.util.Map;

/** The body of every 4xx/5xx answer: a message, and one message per offending field. */
public record ApiError(int status, String message, Map<String, String> fields) {

  public static ApiError of(int status, String message) {
    return new ApiError(status, message, Map.of());
  }
}
