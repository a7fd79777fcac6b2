package org.deliberation.web.notification.feed;

import org.deliberation.core.follow.FollowTarget;
import org.deliberation.web.notification.follow.Targets;
import org.deliberation.web.notification.inbox.FeedEntries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public Atom feeds: a project's by its slug (or id), a petition's by its id; 404 for anything else. */
@RestController
public class FeedController {

  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  /** A feed reader polls; the latest fifty changes are what it has not seen yet. */
  private static final int ENTRIES = 50;

  private final Targets targets;
  private final FeedEntries entries;
  private final AtomFeeds atom;

  FeedController(Targets targets, FeedEntries entries, AtomFeeds atom) {
    this.targets = targets;
    this.entries = entries;
    this.atom = atom;
  }

  @GetMapping("/projects/{slug}/feed.atom")
  public Mono<ResponseEntity<String>> project(@PathVariable String slug) {
    return feed(FollowTarget.Kind.PROJECT, slug);
  }

  @GetMapping("/petitions/{id}/feed.atom")
  public Mono<ResponseEntity<String>> petition(@PathVariable String id) {
    return feed(FollowTarget.Kind.PETITION, id);
  }

  private Mono<ResponseEntity<String>> feed(FollowTarget.Kind kind, String idOrSlug) {
    return targets
        .find(kind, idOrSlug)
        .flatMap(
            target ->
                entries
                    .latest(target.target().key(), ENTRIES)
                    .map(
                        found ->
                            ResponseEntity.ok().contentType(ATOM).body(atom.write(target, found))));
  }
}
