package org.deliberation.web.platform.http;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.deliberation.core.common.TextHygiene;
import org.jspecify.annotations.Nullable;

/** Checks {@link VisibleText} on the NFC form of the text, the form it is stored in. */
public final class VisibleTextValidator implements ConstraintValidator<VisibleText, String> {

  private boolean multiline;

  @Override
  public void initialize(VisibleText annotation) {
    multiline = annotation.multiline();
  }

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    var refusal = TextHygiene.refusal(TextHygiene.nfc(value), multiline);
    if (refusal.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    // The message is ours, not a template: escape what the expression language would read in it.
    context
        .buildConstraintViolationWithTemplate(
            refusal.get().replace("\\", "\\\\").replace("{", "\\{").replace("$", "\\$"))
        .addConstraintViolation();
    return false;
  }
}
