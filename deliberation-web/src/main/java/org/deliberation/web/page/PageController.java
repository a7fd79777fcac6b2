package org.deliberation.web.page;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.regex.Pattern;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.PageId;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.http.EntityTags;
import org.deliberation.web.platform.http.InstantParameter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The pages of a project over HTTP: an edit names the revision it started from in {@code If-Match} (the ETag of
 * the page it read), and each answer carries its revision as its ETag. What an edit does is {@link PageService}'s.
 */
@RestController
public class PageController {

  private static final Pattern ETAG = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");
  private static final MediaType TEXT_DIFF = MediaType.parseMediaType("text/x-diff");

  private final PageService pages;
  private final PageJson json;

  PageController(PageService pages, PageJson json) {
    this.pages = pages;
    this.json = json;
  }

  @PutMapping("/api/projects/{id}/pages/{page}")
  public Mono<ResponseEntity<EditResult>> put(
      @PathVariable String id,
      @PathVariable String page,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @Valid @RequestBody EditPageRequest request,
      Actor caller) {
    // The service checks these too; here they come before If-Match is read, so that a request wrong
    // in several ways
    // is told first about its page, as the API always did.
    PageNames.requireValid(page);
    pages.requireWithinLimit(request.markdown());
    var base = ifMatch == null ? null : baseRevision(ifMatch);
    return pages
        .save(caller, id, page, base, request.markdown(), request.comment())
        .map(
            edit ->
                (edit.created()
                        ? ResponseEntity.created(URI.create(pagePath(edit.page())))
                        : ResponseEntity.ok())
                    .eTag(etag(edit.revision()))
                    .body(new EditResult(edit.revision(), edit.merged())));
  }

  // Bytes are written as they are, in the type named here: a 304 carries no Content-Type, as
  // before.
  @GetMapping(path = "/api/projects/{id}/pages/{page}", produces = MediaType.APPLICATION_JSON_VALUE)
  public Mono<ResponseEntity<byte[]>> read(
      @PathVariable String id,
      @PathVariable String page,
      @RequestParam(required = false) @Nullable String at,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
          @Nullable String ifNoneMatch) {
    var instant = at == null ? null : InstantParameter.parse("at", at);
    // A reader that names a newer revision than this node keeps (acknowledged by another node a
    // moment ago) is answered from the events, never told its copy is stale.
    return pages
        .read(id, page, instant, EntityTags.highestNumber(ifNoneMatch))
        // Spring answers 304 for a matching If-None-Match (weak comparison, lists, *).
        // The latest revision is one kept view served to every reader: its JSON is written once.
        .map(
            view ->
                EntityTags.ok(
                    etag(view.revision()), EntityTags.REVALIDATE, ifNoneMatch, json.of(view)));
  }

  @GetMapping("/api/projects/{id}/pages/{page}/revisions/{revision}")
  public Mono<ResponseEntity<PageView>> revision(
      @PathVariable String id, @PathVariable String page, @PathVariable int revision) {
    return pages
        .revision(id, page, revision)
        .map(
            view ->
                ResponseEntity.ok()
                    .eTag(etag(view.revision()))
                    .cacheControl(EntityTags.REVALIDATE)
                    .body(view));
  }

  @GetMapping("/api/projects/{id}/pages/{page}/history")
  public Mono<HistoryView> history(@PathVariable String id, @PathVariable String page) {
    return pages.history(id, page);
  }

  @GetMapping("/api/projects/{id}/pages/{page}/diff")
  public Mono<ResponseEntity<?>> diff(
      @PathVariable String id,
      @PathVariable String page,
      @RequestParam(required = false) @Nullable Integer from,
      @RequestParam(required = false) @Nullable Integer to,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
    boolean unified =
        accept != null
            && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.isCompatibleWith(TEXT_DIFF) && !type.isWildcardType());
    return pages
        .compare(id, page, from, to)
        .map(
            comparison ->
                unified
                    ? ResponseEntity.ok().contentType(TEXT_DIFF).body(comparison.unified())
                    : ResponseEntity.ok().body(comparison.hunks()));
  }

  @PostMapping("/api/projects/{id}/pages/{page}/revert")
  Mono<ResponseEntity<EditResult>> revert(
      @PathVariable String id,
      @PathVariable String page,
      @Valid @RequestBody RevertRequest request,
      Actor caller) {
    PageNames.requireValid(page);
    return pages
        .revert(caller, id, page, request.revision(), request.comment())
        .map(
            edit ->
                ResponseEntity.ok()
                    .eTag(etag(edit.revision()))
                    .body(new EditResult(edit.revision(), false)));
  }

  private static int baseRevision(String ifMatch) {
    var matcher = ETAG.matcher(ifMatch.strip());
    if (!matcher.matches()) {
      throw new BadRequestException(
          "If-Match",
          "If-Match must be the page's ETag, a revision number in quotes " + "such as \"3\".");
    }
    return Integer.parseInt(matcher.group(1));
  }

  private static String etag(int revision) {
    return "\"" + revision + "\"";
  }

  private static String pagePath(PageId page) {
    return "/api/projects/" + page.project().value() + "/pages/" + page.name();
  }
}
