package org.deliberation.web.deliberation.synthesis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.core.project.Stage;
import org.deliberation.web.deliberation.live.MapPoint;
import org.deliberation.web.deliberation.live.SynthesisView;
import org.deliberation.web.deliberation.topic.TopicQueries;
import org.deliberation.web.platform.http.EnumParameter;
import org.deliberation.web.platform.pages.Addresses;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.CurrentActor;
import org.deliberation.web.project.ProjectService;
import org.deliberation.web.project.ResponseRequest;
import org.deliberation.web.project.StageRequest;
import org.deliberation.web.project.projection.ProjectView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The officials' view of a project: consensus and dissent with per-group bars, the opinion groups and what sets them
 * apart, the opinion map, participation over time, and a time slider. The page is complete as served (it prints and
 * reads without JavaScript); {@code synthesis.js} keeps it live from the API's stream and moves the slider through
 * the API's past syntheses.
 */
@SitePage
public class SynthesisPages {

  private final ProjectService projects;
  private final SynthesisQueries synthesis;
  private final TopicQueries topics;
  private final Forms forms;
  private final Clock clock;

  public SynthesisPages(
      ProjectService projects,
      SynthesisQueries synthesis,
      TopicQueries topics,
      Forms forms,
      Clock clock) {
    this.projects = projects;
    this.synthesis = synthesis;
    this.topics = topics;
    this.forms = forms;
    this.clock = clock;
  }

  @GetMapping("/projects/{slug}/synthesis")
  Mono<Rendering> view(
      @PathVariable String slug,
      @RequestParam(required = false) @Nullable String at,
      @RequestParam(required = false) @Nullable String stage,
      @RequestParam(required = false) @Nullable Long t) {
    // The slider's seconds, kept between the epoch and now so that no number a person types can
    // overflow a date.
    var instant =
        t != null && at == null && stage == null
            ? Instant.ofEpochSecond(Math.min(Math.max(0, t), clock.instant().getEpochSecond()))
                .toString()
            : at;
    return render(slug, instant, stage, Map.of(), HttpStatus.OK);
  }

  private Mono<Rendering> render(
      String slug,
      @Nullable String instant,
      @Nullable String stage,
      Map<String, Object> extra,
      HttpStatus status) {
    return Mono.zip(
            projects.read(slug),
            synthesis.read(slug, instant, stage),
            synthesis.participation(slug, 24))
        .flatMap(
            all -> {
              boolean live = all.getT2().at() == null;
              // The map is the last clustering's: there is none of the past.
              var map =
                  live
                      ? synthesis.map(slug).map(found -> OpinionMap.of(found.points()))
                      : Mono.just(OpinionMap.of(List.of()));
              // The topics of the same moment as the synthesis shown.
              var shownTopics = topics.read(slug, live ? null : all.getT2().at().toString());
              return Mono.zip(map, shownTopics)
                  .map(
                      drawn ->
                          page(all.getT1(), all.getT2(), drawn.getT1(), all.getT3(), extra, status)
                              .modelAttribute("topics", TopicPanel.of(drawn.getT2().items()))
                              .build());
            });
  }

  private static Rendering.Builder<?> page(
      ProjectView project,
      SynthesisView view,
      OpinionMap map,
      ParticipationView participation,
      Map<String, Object> extra,
      HttpStatus status) {
    var now = participation.to();
    boolean live = view.at() == null;
    // The slider spans the votes' own history, not only the project's life: an imported
    // conversation's votes keep
    // their times, and an official travels through them as through the project's own.
    long firstSecond =
        Math.min(participation.from().getEpochSecond(), project.createdAt().getEpochSecond());
    long shownSecond = Math.max(firstSecond, (live ? now : view.at()).getEpochSecond());
    return Rendering.view("synthesis")
        .model(extra)
        .status(status)
        .modelAttribute("project", project)
        .modelAttribute("synthesis", view)
        .modelAttribute("live", live)
        .modelAttribute("consensus", ScoredBars.of(view.consensus()))
        .modelAttribute("dissent", ScoredBars.of(view.dissent()))
        .modelAttribute(
            "groups",
            view.groups().stream()
                .map(
                    group ->
                        new GroupPanel(
                            group.id(),
                            GroupColours.of(group.id()),
                            group.size(),
                            ScoredBars.of(group.representative())))
                .toList())
        .modelAttribute("map", map)
        .modelAttribute("chart", ParticipationChart.of(participation))
        .modelAttribute("sliderMin", firstSecond)
        .modelAttribute("sliderMax", now.getEpochSecond())
        .modelAttribute("sliderValue", shownSecond)
        .modelAttribute("sliderAt", Instant.ofEpochSecond(shownSecond))
        .modelAttribute(
            "nextStage", Stage.valueOf(project.stage()).next().map(Enum::name).orElse(null));
  }

  @PostMapping("/projects/{slug}/stage")
  Mono<Rendering> changeStage(
      @PathVariable String slug, @Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var stage = EnumParameter.parse(Stage.class, "stage", Forms.field(form, "stage"));
          var request = forms.valid(new StageRequest(stage, Forms.optional(form, "note")));
          return projects
              .changeStage(CurrentActor.required(caller), slug, request)
              .map(
                  project ->
                      Rendering.redirectTo(Addresses.project(project.slug()) + "/synthesis")
                          .build());
        },
        (form, error, status) ->
            render(
                slug,
                null,
                null,
                Map.of("stageError", error, "stageNote", Forms.field(form, "note")),
                status));
  }

  /** An official publishes the authority's answer; it shows on the project's page. */
  @PostMapping("/projects/{slug}/responses")
  Mono<Rendering> respond(
      @PathVariable String slug, @Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var text = Forms.text(form, "markdown");
          var request = forms.valid(new ResponseRequest(text.isBlank() ? null : text));
          return projects
              .respond(CurrentActor.required(caller), slug, request)
              .map(
                  published ->
                      Rendering.redirectTo(Addresses.project(slug) + "#responses").build());
        },
        (form, error, status) ->
            render(
                slug,
                null,
                null,
                Map.of("responseError", error, "response", Forms.text(form, "markdown")),
                status));
  }

  /** An opinion group: its label and colour, its size, and the statements that set it apart. */
  public record GroupPanel(String label, int colour, int size, List<ScoredBars> representative) {

    public GroupPanel {
      representative = List.copyOf(representative);
    }
  }

  /** The opinion map drawn in a 100 × 100 box: one dot per participant, coloured by group. */
  public record OpinionMap(List<Dot> dots) {

    public OpinionMap {
      dots = List.copyOf(dots);
    }

    /** One participant on the map; {@code colour} is -1 for one not in a group. */
    public record Dot(double x, double y, int colour) {}

    static OpinionMap of(List<MapPoint> points) {
      double reach = 1e-9;
      for (var point : points) {
        reach = Math.max(reach, Math.max(Math.abs(point.x()), Math.abs(point.y())));
      }
      double scale = 45 / reach;
      return new OpinionMap(
          points.stream()
              .map(
                  point ->
                      new Dot(
                          round(50 + point.x() * scale),
                          round(50 - point.y() * scale),
                          point.group() == null ? -1 : GroupColours.of(point.group())))
              .toList());
    }

    private static double round(double value) {
      return Math.round(value * 10) / 10.0;
    }
  }

  /** Participation over time as bars in a 100 × 40 box, with the figures for the table beside it. */
  public record ParticipationChart(List<Column> columns) {

    public ParticipationChart {
      columns = List.copyOf(columns);
    }

    /** One span: where its bar stands, its start, its votes, its newcomers and the participants by its end. */
    public record Column(
        double x,
        double width,
        double height,
        Instant from,
        int votes,
        int newParticipants,
        int participants) {}

    static ParticipationChart of(ParticipationView view) {
      var spans = view.spans();
      int max = spans.stream().mapToInt(span -> span.votes()).max().orElse(0);
      double width = spans.isEmpty() ? 0 : 100.0 / spans.size();
      var columns = new ArrayList<Column>(spans.size());
      for (int i = 0; i < spans.size(); i++) {
        var span = spans.get(i);
        double height = max == 0 ? 0 : Math.round(400.0 * span.votes() / max) / 10.0;
        columns.add(
            new Column(
                Math.round(i * width * 100) / 100.0,
                Math.round(width * 80) / 100.0,
                height,
                span.from(),
                span.votes(),
                span.newParticipants(),
                span.participants()));
      }
      return new ParticipationChart(columns);
    }
  }
}
