package org.deliberation.core.common;

/**
 * A page of a project: the project's id and the page's name within it (for example {@code context}).
 *
 * <p>The aggregate identifier is {@code projectId/name}, so that page names are unique per project without a
 * lookup.
 */
public record PageId(ProjectId project, String name) {

  public PageId {
    if (project == null) {
      throw new IllegalArgumentException("a page belongs to a project");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a page name cannot be blank");
    }
  }

  @Override
  public String toString() {
    return project.value() + "/" + name;
  }
}
