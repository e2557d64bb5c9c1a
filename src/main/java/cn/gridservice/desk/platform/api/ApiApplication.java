package cn.gridservice.desk.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API for integrations: HTTP Basic (see ApiAuthenticationFilter), camelCase names, times
 * as ISO-8601 with offset. Every resource method declares its roles.
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
