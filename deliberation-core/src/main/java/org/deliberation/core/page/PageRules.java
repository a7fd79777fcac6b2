package org.deliberation.core.page;

import java.util.List;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.Role;
import org.deliberation.core.markdown.MergeOutcome;
import org.deliberation.core.markdown.ThreeWayMerge;
import org.deliberation.core.page.command.CreatePage;
import org.deliberation.core.page.command.EditPage;
import org.deliberation.core.page.command.RevertPage;
import org.deliberation.core.page.event.PageCreated;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.page.event.PageEvent;
import org.deliberation.core.page.event.PageReverted;
import org.deliberation.core.project.Stage;

/** The decisions about a page, as pure functions from state and command to events. */
public final class PageRules {

  /**
   * Records a page's first revision. A second creation of the same page is refused by the event store, which
   * already holds revision 1.
   */
  public static List<PageEvent> create(CreatePage command) {
    requireWritable(command.projectStage(), command.by());
    return List.of(
        new PageCreated(
            command.pageId(), 1, command.markdown(), command.comment(), command.by().id()));
  }

  /**
   * Records an edit. An edit of the latest revision is taken as it is; an edit of an older one is merged three-way
   * with what changed since, or refused with the conflicting hunks. An edit that changes nothing records nothing.
   */
  public static List<PageEvent> edit(PageState state, EditPage command) {
    requireWritable(command.projectStage(), command.by());
    requireExists(state, command.pageId());
    int latest = state.latestRevision();
    var base =
        state
            .at(command.baseRevision())
            .orElseThrow(
                () ->
                    new RevisionNotFoundException(
                        command.pageId(), command.baseRevision(), latest));
    String text = command.markdown();
    boolean merged = false;
    if (command.baseRevision() != latest) {
      switch (ThreeWayMerge.merge(base, state.latest(), command.markdown())) {
        case MergeOutcome.Merged clean -> {
          text = clean.text();
          merged = true;
        }
        case MergeOutcome.Conflicted conflicted ->
            throw new EditConflictException(command.baseRevision(), latest, conflicted.conflicts());
      }
    }
    if (text.equals(state.latest())) {
      return List.of();
    }
    return List.of(
        new PageEdited(
            command.pageId(),
            latest + 1,
            command.baseRevision(),
            text,
            command.comment(),
            command.by().id(),
            merged));
  }

  public static List<PageEvent> revert(PageState state, RevertPage command) {
    requireWritable(command.projectStage(), command.by());
    requireExists(state, command.pageId());
    int latest = state.latestRevision();
    var text =
        state
            .at(command.revision())
            .orElseThrow(
                () -> new RevisionNotFoundException(command.pageId(), command.revision(), latest));
    return List.of(
        new PageReverted(
            command.pageId(),
            latest + 1,
            command.revision(),
            text,
            command.comment(),
            command.by().id()));
  }

  /**
   * Once a project is decided its pages are the record of what was decided on, as it was: officials, moderators and
   * admins may still correct them (a broken link, a moderation), nobody else may create, edit or revert one.
   */
  public static void requireWritable(Stage projectStage, Actor by) {
    if (projectStage == Stage.DECIDED && !by.hasAnyOf(Role.OFFICIAL, Role.MODERATOR, Role.ADMIN)) {
      throw new PageReadOnlyException();
    }
  }

  private static void requireExists(PageState state, PageId page) {
    if (!state.exists()) {
      throw new NotFoundException(
          "There is no page '"
              + page.name()
              + "' in this project yet. "
              + "Create it by sending the text without If-Match.");
    }
  }

  private PageRules() {}
}
