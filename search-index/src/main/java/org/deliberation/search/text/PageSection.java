package org.deliberation.search.text;

import org.jspecify.annotations.Nullable;

/**
 * One part of a page, from a heading to the next one.
 *
 * @param heading the heading's visible text; null for the text before the first heading
 * @param anchor a name for the section, unique within its page: empty for the text before the first heading, else
 *     the heading in lower case with dashes for spaces, numbered when two headings read the same
 * @param text the visible text of the section's body, without its heading
 */
public record PageSection(@Nullable String heading, String anchor, String text) {}
