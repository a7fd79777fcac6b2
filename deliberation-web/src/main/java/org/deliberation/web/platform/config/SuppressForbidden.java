package org.deliberation.web.platform.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets the annotated code use an API the build's forbidden-apis check refuses (the checker honours any annotation of
 * this simple name). Its value says why the exception is right; keep it rare.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {

  /** Why the forbidden API is the right one here. */
  String value();
}
