package org.deliberation.web.platform.http;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text that names or titles something holds only characters a reader sees, in reading order: no invisible,
 * direction-changing or control character ({@link org.deliberation.core.common.TextHygiene#refusal}). Null passes
 * (say {@code @NotBlank} where it is required). The message names the character, where it is and why it is refused.
 */
@Documented
@Constraint(validatedBy = VisibleTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface VisibleText {

  /** Whether the text may hold newlines and tabs, as a project's question does. */
  boolean multiline() default false;

  String message() default "must hold only visible characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
