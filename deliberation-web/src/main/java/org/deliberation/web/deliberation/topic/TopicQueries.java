package org.deliberation.web.deliberation.topic;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.topic.Topic;
import org.deliberation.core.topic.TopicSummary;
import org.deliberation.core.topic.TopicSynthesis;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.deliberation.core.vote.Visibility;
import org.deliberation.web.deliberation.live.ProjectDeliberation;
import org.deliberation.web.deliberation.live.ScoredStatement;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.deliberation.live.StatementView;
import org.deliberation.web.deliberation.live.SynthesisService;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.http.InstantParameter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A project's topics as the API and the pages read them: now or as they stood at an instant, each with its own
 * consensus and dissent taken from the synthesis of the same moment. A statement hidden by a moderator is left out
 * of every topic, even of the past: its text is not quoted again.
 */
@Service
public class TopicQueries {

  private final StatementLookup lookup;
  private final TopicBook book;
  private final TopicHistory history;
  private final SynthesisService synthesis;
  private final Clock clock;

  public TopicQueries(
      StatementLookup lookup,
      TopicBook book,
      TopicHistory history,
      SynthesisService synthesis,
      Clock clock) {
    this.lookup = lookup;
    this.book = book;
    this.history = history;
    this.synthesis = synthesis;
    this.clock = clock;
  }

  /** The topics now, or at {@code at} (an instant, not in the future). */
  public Mono<TopicsView> read(String idOrSlug, @Nullable String at) {
    var instant = at == null ? null : parseInstant(at);
    return lookup
        .project(idOrSlug)
        .flatMap(
            found ->
                Mono.fromCallable(() -> build(found.deliberation(), instant))
                    .subscribeOn(Schedulers.boundedElastic()));
  }

  /**
   * The project's current topics as the public may see them (shown statements, a label they use), without their
   * share of the synthesis: what a chooser of topics needs, cheap enough for every project page.
   */
  public Mono<List<Topic>> current(String idOrSlug) {
    return lookup
        .project(idOrSlug)
        .map(
            found ->
                book.find(found.project())
                    .flatMap(ProjectTopics::latestRecorded)
                    .map(
                        recorded ->
                            recorded.topics().stream()
                                .map(topic -> shown(found.deliberation(), topic))
                                .filter(topic -> !topic.statements().isEmpty())
                                .toList())
                    .orElse(List.of()));
  }

  /**
   * The shown statements of one of the project's current topics, the most representative first; a 404 problem when
   * it has no topic of that id now.
   */
  public Set<String> members(ProjectDeliberation project, String topic) {
    return book.find(project.project())
        .flatMap(ProjectTopics::latestRecorded)
        .flatMap(recorded -> find(recorded, topic))
        .map(found -> new LinkedHashSet<>(shown(project, found).statements()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "This project has no topic "
                        // An id is short ("t12"): anything longer is not echoed back.
                        + (topic.length() <= 16 ? topic : "of that id")
                        + " now; GET /api/projects/"
                        + project.project()
                        + "/topics lists its topics."));
  }

  private TopicsView build(ProjectDeliberation project, @Nullable Instant at) {
    var recorded =
        book.find(project.project())
            .flatMap(topics -> topics.at(at))
            .flatMap(stamp -> history.generation(project.project(), stamp.generation()));
    if (recorded.isEmpty()) {
      return new TopicsView(project.project(), 0, null, at, List.of());
    }
    var result =
        at == null ? project.result() : synthesis.past(project, at, project.position()).result();
    var shown =
        recorded.get().topics().stream()
            .map(topic -> shown(project, topic))
            .filter(topic -> !topic.statements().isEmpty())
            .toList();
    var items =
        TopicSynthesis.of(shown, result).stream().map(summary -> view(project, summary)).toList();
    return new TopicsView(
        project.project(), recorded.get().generation(), recorded.get().computedAt(), at, items);
  }

  /** The topic as the public may see it: its shown statements only, and a label they use. */
  private static Topic shown(ProjectDeliberation project, Topic topic) {
    var members =
        topic.statements().stream()
            .filter(id -> project.visibility(id).orElse(Visibility.HIDDEN) == Visibility.SHOWN)
            .toList();
    var label =
        members.isEmpty() || members.size() == topic.statements().size()
            ? topic.label()
            : ShownLabel.of(
                topic.label(), members.stream().flatMap(id -> text(project, id).stream()).toList());
    return new Topic(topic.id(), label, members);
  }

  private TopicView view(ProjectDeliberation project, TopicSummary summary) {
    var shown = summary.topic();
    var quotes =
        summary.representative().stream()
            .flatMap(
                score ->
                    text(project, score.statement()).stream()
                        .map(
                            text ->
                                new TopicQuote(
                                    score.statement(),
                                    text,
                                    score.agree(),
                                    score.disagree(),
                                    score.pass())))
            .toList();
    return new TopicView(
        shown.id(),
        shown.label(),
        shown.statements(),
        scored(project, summary.consensus()),
        scored(project, summary.dissent()),
        summary.agreement() == null ? null : summary.agreement().name(),
        quotes);
  }

  /** The entries of a list as the synthesis shows them, for the statements shown now. */
  private static List<ScoredStatement> scored(
      ProjectDeliberation project, List<StatementScore> scores) {
    var out = new ArrayList<ScoredStatement>(scores.size());
    for (var score : scores) {
      project
          .statement(score.statement(), false)
          .filter(statement -> statement.text() != null)
          .ifPresent(
              statement -> out.add(ScoredStatement.of(score, statement.text(), statement.kind())));
    }
    return out;
  }

  private static Optional<String> text(ProjectDeliberation project, String statement) {
    return project.statement(statement, false).map(StatementView::text);
  }

  private static Optional<Topic> find(TopicsRecorded recorded, String id) {
    return recorded.topics().stream().filter(topic -> topic.id().equals(id)).findFirst();
  }

  private Instant parseInstant(String at) {
    var instant = InstantParameter.parse("at", at);
    if (instant.isAfter(clock.instant())) {
      throw new BadRequestException(
          "at", "is in the future; leave it out for the topics as they are now");
    }
    return instant;
  }
}
