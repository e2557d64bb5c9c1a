package cn.gridservice.desk.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How the API writes JSON: a field without a value is written as {@code null} rather than left out,
 * so that clients see every documented field (e.g. {@code "completedAt": null} of an open step).
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
