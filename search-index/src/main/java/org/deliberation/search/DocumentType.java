package org.deliberation.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a search result is; {@link #value()} is its name in the index and in the API. */
public enum DocumentType {
  PROJECT,
  PAGE,
  STATEMENT,
  VIEWPOINT,
  /** A petition to an authority: in no project. */
  PETITION;

  /** The lower-case name: {@code project}, {@code page}, {@code statement}, {@code viewpoint}, {@code petition}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The type named {@code value}, as an API client writes it.
   *
   * @throws BadQueryException for any other name
   */
  public static DocumentType fromValue(String value) {
    for (var type : values()) {
      if (type.value().equals(value)) {
        return type;
      }
    }
    throw new BadQueryException(
        "type",
        "There is no type '"
            + value
            + "'; use one of "
            + Arrays.stream(values()).map(DocumentType::value).collect(Collectors.joining(", "))
            + ".");
  }
}
