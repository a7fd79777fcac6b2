package org.deliberation.web.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.integrity.ParticipantSignals;
import org.deliberation.search.SearchIndex;
import org.deliberation.web.deliberation.live.ProjectDeliberation;
import org.deliberation.web.deliberation.live.StatementOrder;
import org.deliberation.web.participant.ParticipantAccounts;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What the site already knows about a project's voters beyond their votes, for the coordination checks: when their
 * accounts were created (the {@code participants} collection) and which of their statements are near-copies of each
 * other (the search index's MinHash). The site records no sign-up address, so none is used.
 */
@Component
public class IntegritySignals {

  /** The most statements whose near-copies are looked up: one index query each. */
  static final int MOST_STATEMENTS = 2000;

  private final ParticipantAccounts accounts;
  private final SearchIndex index;

  public IntegritySignals(ParticipantAccounts accounts, SearchIndex index) {
    this.accounts = accounts;
    this.index = index;
  }

  public Mono<ParticipantSignals> of(ProjectDeliberation project, List<String> voters) {
    var ids = voters.stream().map(ParticipantId::new).toList();
    var signedUp =
        accounts
            .byIds(ids)
            .map(
                found -> {
                  var at = new HashMap<String, Instant>();
                  found.forEach((id, account) -> at.put(id.value(), account.createdAt()));
                  return at;
                });
    var nearCopies =
        Mono.fromCallable(() -> nearCopies(project)).subscribeOn(Schedulers.boundedElastic());
    return Mono.zip(signedUp, nearCopies)
        .map(both -> new ParticipantSignals(both.getT1(), Map.of(), both.getT2()));
  }

  /** Pairs of shown statements by different authors whose texts are near copies, each pair once. */
  private List<ParticipantSignals.NearDuplicate> nearCopies(ProjectDeliberation project) {
    var authors = new LinkedHashMap<String, String>();
    for (var statement : project.statements(null, StatementOrder.RECENT, false, false)) {
      if (statement.author() != null && authors.size() < MOST_STATEMENTS) {
        authors.put(statement.id(), statement.author());
      }
    }
    var pairs = new ArrayList<ParticipantSignals.NearDuplicate>();
    Set<String> seen = new HashSet<>();
    for (var entry : authors.entrySet()) {
      for (var similar : index.similar(entry.getKey(), SearchIndex.MAX_SIMILAR)) {
        var otherAuthor = authors.get(similar.id());
        var key =
            entry.getKey().compareTo(similar.id()) < 0
                ? entry.getKey() + "|" + similar.id()
                : similar.id() + "|" + entry.getKey();
        if (otherAuthor != null && !otherAuthor.equals(entry.getValue()) && seen.add(key)) {
          pairs.add(
              new ParticipantSignals.NearDuplicate(
                  entry.getKey(), entry.getValue(), similar.id(), otherAuthor));
        }
      }
    }
    return pairs;
  }
}
