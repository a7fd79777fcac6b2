package org.deliberation.web.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.deliberation.core.common.Actor;
import org.deliberation.core.readability.ReadingLevel;
import org.deliberation.core.statement.Relation;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.topic.Topic;
import org.deliberation.web.deliberation.live.StatementView;
import org.deliberation.web.deliberation.moderation.FlagRequest;
import org.deliberation.web.deliberation.moderation.ModerationService;
import org.deliberation.web.deliberation.statement.PostStatementRequest;
import org.deliberation.web.deliberation.statement.RelatesToRequest;
import org.deliberation.web.deliberation.statement.StatementService;
import org.deliberation.web.deliberation.topic.TopicQueries;
import org.deliberation.web.deliberation.vote.MyVotes;
import org.deliberation.web.deliberation.vote.VoteRequest;
import org.deliberation.web.deliberation.vote.VoteService;
import org.deliberation.web.platform.http.EnumParameter;
import org.deliberation.web.platform.pages.Addresses;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.CurrentActor;
import org.deliberation.web.polis.ImportNotice;
import org.deliberation.web.polis.ImportStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A project's page: its question, authority and stage timeline, its pages, the statements to vote on one card at a
 * time, the contribution form, and the experts' viewpoints with contradicting ones side by side. Every write goes
 * through the API's controller, so the page enforces exactly the API's rules.
 */
@SitePage
public class ProjectPages {

  private static final Pattern TOPIC_ID = Pattern.compile("t[0-9]{1,9}");

  private final ProjectService projects;
  private final StatementService statements;
  private final VoteService votes;
  private final ModerationService moderation;
  private final Forms forms;
  private final ImportNotice imports;
  private final TopicQueries topics;

  public ProjectPages(
      ProjectService projects,
      StatementService statements,
      VoteService votes,
      ModerationService moderation,
      Forms forms,
      ImportNotice imports,
      TopicQueries topics) {
    this.projects = projects;
    this.statements = statements;
    this.votes = votes;
    this.moderation = moderation;
    this.forms = forms;
    this.imports = imports;
    this.topics = topics;
  }

  /** The project's import while it is incomplete, so that the page says its statements and votes are not all in. */
  @ModelAttribute("polisImport")
  Mono<ImportStatus> polisImport(@PathVariable(required = false) @Nullable String slug) {
    return imports.incompleteImport(slug);
  }

  @GetMapping("/projects/{slug}")
  Mono<Rendering> project(
      @PathVariable String slug, @Nullable Actor caller, ServerWebExchange exchange) {
    return render(slug, caller, exchange, Map.of(), HttpStatus.OK);
  }

  @PostMapping("/projects/{slug}/statements")
  Mono<Rendering> post(
      @PathVariable String slug, @Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var request = forms.valid(request(form));
          return statements
              .post(CurrentActor.required(caller), slug, request)
              .map(created -> redirect(slug, "?posted=" + created.id() + "#s-" + created.id()));
        },
        (form, error, status) ->
            render(
                slug,
                caller,
                exchange,
                Map.of("postError", error, "draft", form.toSingleValueMap()),
                status));
  }

  /** Officials, moderators and admins set the reading level the project's pages should reach. */
  @PostMapping("/projects/{slug}/readability-target")
  Mono<Rendering> readabilityTarget(
      @PathVariable String slug, @Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var chosen = Forms.field(form, "level");
          // The empty choice takes the target away.
          var set =
              chosen.isBlank()
                  ? projects.clearReadabilityTarget(CurrentActor.required(caller), slug)
                  : projects.setReadabilityTarget(
                      CurrentActor.required(caller),
                      slug,
                      forms.valid(
                          new ReadabilityTargetRequest(
                              EnumParameter.parse(ReadingLevel.class, "level", chosen))));
          return set.map(view -> redirect(slug, "#pages"));
        },
        (form, error, status) ->
            render(slug, caller, exchange, Map.of("targetError", error), status));
  }

  @PostMapping("/projects/{slug}/statements/{sid}/vote")
  Mono<Rendering> vote(
      @PathVariable String slug,
      @PathVariable String sid,
      @Nullable Actor caller,
      ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var vote = EnumParameter.parse(Vote.class, "vote", Forms.field(form, "vote"));
          return votes
              .vote(CurrentActor.required(caller), slug, sid, forms.valid(new VoteRequest(vote)))
              .map(result -> redirect(slug, topicQuery(exchange) + "#vote"));
        },
        (form, error, status) ->
            render(slug, caller, exchange, Map.of("voteError", error), status));
  }

  @PostMapping("/projects/{slug}/statements/{sid}/flags")
  Mono<Rendering> flag(
      @PathVariable String slug,
      @PathVariable String sid,
      @Nullable Actor caller,
      ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var request = forms.valid(new FlagRequest(Forms.optional(form, "reason")));
          return moderation
              .flag(CurrentActor.required(caller), slug, sid, request)
              .then(Mono.fromSupplier(() -> redirect(slug, "?flagged=" + sid + "#s-" + sid)));
        },
        (form, error, status) ->
            render(slug, caller, exchange, Map.of("flagError", error, "flagFor", sid), status));
  }

  private Mono<Rendering> render(
      String slug,
      @Nullable Actor caller,
      ServerWebExchange exchange,
      Map<String, Object> extra,
      HttpStatus status) {
    Mono<Set<String>> voted =
        caller == null
            ? Mono.just(Set.of())
            : votes
                .mine(caller, slug)
                .map(
                    mine ->
                        mine.items().stream()
                            .map(MyVotes.Item::statement)
                            .collect(Collectors.toSet()));
    return Mono.zip(
            projects.read(slug),
            statements.list(slug, "CONTRIBUTION", "recent", 200, null, false, null, caller),
            statements.list(slug, "VIEWPOINT", "recent", 200, null, false, null, caller),
            statements.contradictions(slug),
            voted,
            topics.current(slug))
        .map(
            all -> {
              var contributions = all.getT2().items();
              var viewpoints = all.getT3().items();
              var chosen = chosenTopic(exchange, all.getT6());
              Set<String> inTopic = chosen == null ? Set.of() : Set.copyOf(chosen.statements());
              var deck = new ArrayList<StatementView>();
              // Oldest first, as they were posted, so that early statements gather enough votes to
              // compare.
              for (var list : List.of(contributions, viewpoints)) {
                list.reversed().stream()
                    .filter(s -> !all.getT5().contains(s.id()))
                    .filter(s -> chosen == null || inTopic.contains(s.id()))
                    .forEach(deck::add);
              }
              var model = new HashMap<String, Object>(extra);
              model.put("project", all.getT1());
              model.put("contributions", contributions);
              model.put("viewpoints", viewpoints);
              model.put("contradictions", all.getT4().items());
              model.put("deck", deck);
              model.put("topics", all.getT6());
              model.put("topic", chosen);
              model.put("voted", all.getT5());
              model.put("stances", Arrays.stream(Stance.values()).map(Enum::name).toList());
              model.put(
                  "readabilityLevels",
                  Arrays.stream(ReadingLevel.values()).map(Enum::name).toList());
              model.put("posted", exchange.getRequest().getQueryParams().getFirst("posted"));
              model.put("flagged", exchange.getRequest().getQueryParams().getFirst("flagged"));
              model.putIfAbsent("draft", Map.of());
              return Rendering.view("project").model(model).status(status).build();
            });
  }

  private static PostStatementRequest request(MultiValueMap<String, String> form) {
    var kind = EnumParameter.parse(StatementKind.class, "kind", Forms.field(form, "kind"));
    var stanceText = Forms.optional(form, "stance");
    var relatesTo = Forms.optional(form, "relatesTo");
    List<String> sources =
        Forms.field(form, "sources")
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
    return new PostStatementRequest(
        Forms.optional(form, "text"),
        kind,
        stanceText == null ? null : EnumParameter.parse(Stance.class, "stance", stanceText),
        sources.isEmpty() ? null : sources,
        relatesTo == null
            ? null
            : new RelatesToRequest(
                relatesTo,
                EnumParameter.parse(Relation.class, "relation", Forms.field(form, "relation"))),
        Forms.optional(form, "interests"));
  }

  /** The topic the vote is filtered to ({@code ?topic=}), if it is one of the project's now. */
  private static @Nullable Topic chosenTopic(ServerWebExchange exchange, List<Topic> topics) {
    var id = exchange.getRequest().getQueryParams().getFirst("topic");
    return id == null
        ? null
        : topics.stream().filter(topic -> topic.id().equals(id)).findFirst().orElse(null);
  }

  /** The vote's filter, kept after a vote posted without JavaScript; only a topic id's shape is carried. */
  private static String topicQuery(ServerWebExchange exchange) {
    var id = exchange.getRequest().getQueryParams().getFirst("topic");
    return id != null && TOPIC_ID.matcher(id).matches() ? "?topic=" + id : "";
  }

  private static Rendering redirect(String slug, String rest) {
    return Rendering.redirectTo(Addresses.project(slug) + rest).build();
  }
}
