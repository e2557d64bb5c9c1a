package cn.gridservice.desk.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a REST endpoint: the roles of a {@link Permission}, the same declaration the pages
 * use. A method's annotation wins over its class's. Enforced by {@link AllowedFeature}: 403 for
 * other roles.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {
  Permission value();
}
