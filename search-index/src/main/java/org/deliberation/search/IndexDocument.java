package org.deliberation.search;

import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.Stance;
import org.jspecify.annotations.Nullable;

/**
 * One searchable document: a project, one section of a page, or a statement. The index adds to each a hidden flag and
 * an erased flag, both clear when the document is put and changed in place afterwards.
 *
 * @param id what a search result names: the project's id, {@code pageName} or {@code pageName#anchor} for a page
 *     section (see {@link org.deliberation.search.text.PageSection#anchor()}), the statement's id
 * @param project the project it belongs to; null for a petition, which is addressed to an authority
 * @param page the page a section belongs to; null for other types
 * @param text the visible text, without Markdown
 * @param author whose text this is (an opaque id, nothing personal): a statement's author; null for projects and
 *     pages, which are the project's shared text
 * @param stance a statement's stance, when it has one
 */
public record IndexDocument(
    String id,
    DocumentType type,
    @Nullable ProjectId project,
    @Nullable PageId page,
    String title,
    String text,
    @Nullable ParticipantId author,
    @Nullable Stance stance) {

  public IndexDocument {
    if ((type == DocumentType.PAGE) != (page != null)) {
      throw new IllegalArgumentException("a page section, and only it, names its page");
    }
    if ((type == DocumentType.PETITION) != (project == null)) {
      throw new IllegalArgumentException("a petition, and only it, is in no project");
    }
  }

  /** The document's unique key in the index: ids are unique per type family, and page names per project. */
  String key() {
    return switch (type) {
      case PROJECT -> "project:" + project.value();
      case PAGE -> "page:" + project.value() + "/" + id;
      case STATEMENT, VIEWPOINT -> statementKey(id);
      case PETITION -> petitionKey(id);
    };
  }

  /** Statements and viewpoints share one key space: a statement's kind never changes, its id is enough. */
  static String statementKey(StatementId statement) {
    return statementKey(statement.value());
  }

  static String statementKey(String statementId) {
    return "statement:" + statementId;
  }

  static String petitionKey(String petitionId) {
    return "petition:" + petitionId;
  }
}
