package org.deliberation.web.notification.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.deliberation.web.notification.SiteAddress;
import org.deliberation.web.notification.follow.FollowedTarget;
import org.deliberation.web.notification.inbox.Notice;
import org.springframework.stereotype.Component;

/**
 * Writes a target's Atom feed. Entry ids are {@code tag:} URIs from the site's host and the event's position in the
 * store, so an entry keeps its id across rebuilds and restarts; the texts are in the target's language, and name
 * nobody: the feeds carry no personal data.
 */
@Component
class AtomFeeds {

  /** The year the site's tag URIs were minted; part of every id, so it never changes. */
  private static final String TAG_DATE = "2026";

  private final SiteAddress site;
  private final Clock clock;

  AtomFeeds(SiteAddress site, Clock clock) {
    this.site = site;
    this.clock = clock;
  }

  String write(FollowedTarget target, List<Notice> notices) {
    var feed = new Feed("atom_1.0");
    feed.setId(tag(target.target().key()));
    feed.setTitle(target.title());
    feed.setLanguage(target.language());
    feed.setUpdated(Date.from(notices.isEmpty() ? clock.instant() : notices.getFirst().at()));
    feed.setAlternateLinks(List.of(link("alternate", site.base() + target.path(), "text/html")));
    feed.setOtherLinks(
        List.of(link("self", site.base() + target.path() + "/feed.atom", "application/atom+xml")));
    SyndPerson author = new SyndPersonImpl();
    author.setName(target.title());
    feed.setAuthors(List.of(author));
    feed.setEntries(notices.stream().map(notice -> entry(target, notice)).toList());
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("an Atom feed this server wrote is invalid", e);
    }
  }

  private Entry entry(FollowedTarget target, Notice notice) {
    var entry = new Entry();
    entry.setId(tag(notice.target() + "/" + notice.seq()));
    var text = notice.text(target.language());
    entry.setTitle(text);
    entry.setUpdated(Date.from(notice.at()));
    entry.setPublished(Date.from(notice.at()));
    entry.setAlternateLinks(List.of(link("alternate", site.base() + target.path(), "text/html")));
    var content = new Content();
    content.setType(Content.TEXT);
    content.setValue(text);
    entry.setContents(List.of(content));
    return entry;
  }

  private String tag(String specific) {
    return "tag:" + site.tagAuthority() + "," + TAG_DATE + ":" + specific;
  }

  private static Link link(String rel, String href, String type) {
    var link = new Link();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }
}
