package org.deliberation.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/** Search results across every project, from the API's search. */
@SitePage
public class SearchPages {

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

  private final SearchService search;
  private final Forms forms;

  public SearchPages(SearchService search, Forms forms) {
    this.search = search;
    this.forms = forms;
  }

  /** A search result with its snippet cut into plain and highlighted pieces, each shown as text. */
  public record Result(SearchItem item, List<Piece> snippet) {

    public Result {
      snippet = List.copyOf(snippet);
    }

    /** A piece of a snippet, highlighted when it matched the query. */
    public record Piece(String text, boolean match) {}
  }

  /**
   * The search page. With a project chosen ({@code project}, its id or slug), the results are that project's and
   * its topics are offered as links, each keeping the words searched; {@code topic} keeps one topic's.
   */
  @GetMapping("/search")
  Mono<Rendering> search(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String project,
      @RequestParam(required = false) @Nullable String topic,
      @RequestParam(required = false) @Nullable String cursor) {
    var chosen = project == null ? "" : project.strip();
    var inTopic = topic == null || chosen.isEmpty() ? "" : topic.strip();
    if (q == null || q.isBlank()) {
      return Mono.just(
          Rendering.view("search")
              .modelAttribute("q", "")
              .modelAttribute("project", chosen)
              .build());
    }
    return Mono.defer(
            () ->
                search.search(
                    q,
                    chosen.isEmpty() ? null : chosen,
                    null,
                    null,
                    null,
                    null,
                    inTopic.isEmpty() ? null : inTopic,
                    20,
                    cursor))
        .map(
            response ->
                Rendering.view("search")
                    .modelAttribute("q", q)
                    .modelAttribute("project", chosen)
                    .modelAttribute("topic", inTopic)
                    .modelAttribute(
                        "topics",
                        response.facets().topics() == null ? List.of() : response.facets().topics())
                    .modelAttribute("total", response.total())
                    .modelAttribute(
                        "results",
                        response.items().stream()
                            .map(item -> new Result(item, pieces(item.snippet())))
                            .toList())
                    .modelAttribute("next", response.next() == null ? "" : response.next())
                    .build())
        .onErrorResume(
            forms.refused(
                (error, status) ->
                    Mono.just(
                        Rendering.view("search")
                            .modelAttribute("q", q)
                            .modelAttribute("project", chosen)
                            .modelAttribute("error", error)
                            .status(status)
                            .build())));
  }

  /**
   * The API's snippet is escaped HTML with {@code <mark>} around the matches; it is turned back into text pieces so
   * that the page inserts no HTML it did not write itself.
   */
  static List<Result.Piece> pieces(String snippet) {
    var pieces = new ArrayList<Result.Piece>();
    var matcher = MARK.matcher(snippet);
    int last = 0;
    while (matcher.find()) {
      if (matcher.start() > last) {
        pieces.add(
            new Result.Piece(
                HtmlUtils.htmlUnescape(snippet.substring(last, matcher.start())), false));
      }
      pieces.add(new Result.Piece(HtmlUtils.htmlUnescape(matcher.group(1)), true));
      last = matcher.end();
    }
    if (last < snippet.length()) {
      pieces.add(new Result.Piece(HtmlUtils.htmlUnescape(snippet.substring(last)), false));
    }
    return pieces;
  }
}
