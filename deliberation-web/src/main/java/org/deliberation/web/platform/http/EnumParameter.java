package org.deliberation.web.platform.http;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** A request's choice among an enum's constants: a query parameter, a form field. */
public final class EnumParameter {

  /** The constant named {@code value}, in any case and without surrounding spaces; otherwise a 400 for the field. */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, @Nullable String value) {
    var wanted = value == null ? "" : value.strip();
    for (var constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(wanted)) {
        return constant;
      }
    }
    throw new BadRequestException(
        field,
        "'"
            + wanted
            + "' is not a "
            + field
            + "; use one of "
            + Arrays.toString(type.getEnumConstants())
            + ".");
  }

  private EnumParameter() {}
}
