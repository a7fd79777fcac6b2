package org.deliberation.core.markdown;

import java.util.List;

/**
 * One place where two edits of the same base changed the same lines differently.
 *
 * @param line the first line of the conflict in the base text, starting at 1
 * @param base the lines as they were in the common base
 * @param current the lines as the newer revision has them
 * @param yours the lines as the refused edit wanted them
 */
public record ConflictHunk(int line, List<String> base, List<String> current, List<String> yours) {

  public ConflictHunk {
    base = List.copyOf(base);
    current = List.copyOf(current);
    yours = List.copyOf(yours);
  }
}
