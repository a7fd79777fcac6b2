package org.deliberation.web.polis;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.deliberation.live.StatementOrder;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.http.PayloadTooLargeException;
import org.deliberation.web.platform.jobs.JobView;
import org.deliberation.web.platform.jobs.Jobs;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Pol.is open data: import a conversation's export files into a project, export a project in the same format. */
@RestController
public class PolisController {

  /** The largest file part read; Pol.is's largest public conversations are a few megabytes. */
  static final int MAX_PART_BYTES = 256 * 1024 * 1024;

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final String HOW_TO_SEND =
      "Send the two files of a Pol.is export as a multipart/form-data form "
          + "with the parts 'comments' (comments.csv) and 'votes' (votes.csv), for example with "
          + "curl -F comments=@comments.csv -F votes=@votes.csv.";

  private final StatementLookup lookup;
  private final PolisImporter importer;
  private final Jobs jobs;

  public PolisController(StatementLookup lookup, PolisImporter importer, Jobs jobs) {
    this.lookup = lookup;
    this.importer = importer;
    this.jobs = jobs;
  }

  @PostMapping(
      path = "/api/projects/{id}/import/polis",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Mono<ResponseEntity<ImportStarted>> importPolis(
      @PathVariable String id, Actor caller, ServerWebExchange exchange) {
    caller.require("import a conversation", Role.MODERATOR, Role.ADMIN);
    return lookup
        .project(id)
        .flatMap(
            project ->
                multipart(exchange)
                    .flatMap(
                        parts ->
                            text(parts, "comments")
                                .zipWith(text(parts, "votes"))
                                .publishOn(Schedulers.boundedElastic())
                                .map(
                                    files -> {
                                      var job =
                                          importer.start(
                                              new ProjectId(project.project()),
                                              new ImportFiles(files.getT1(), files.getT2()),
                                              caller,
                                              () ->
                                                  !project
                                                      .deliberation()
                                                      .statements(
                                                          null, StatementOrder.RECENT, true, true)
                                                      .isEmpty());
                                      return ResponseEntity.status(HttpStatus.ACCEPTED)
                                          .location(URI.create("/api/jobs/" + job.id()))
                                          .body(new ImportStarted(job.id(), job.total()));
                                    })));
  }

  /** The body's parts; a body that is not multipart/form-data as it claims is refused with 400, never a 500. */
  private static Mono<MultiValueMap<String, Part>> multipart(ServerWebExchange exchange) {
    return exchange
        .getMultipartData()
        .onErrorMap(
            e -> !(e instanceof PayloadTooLargeException),
            e -> {
              if (e instanceof DataBufferLimitException) {
                return new PayloadTooLargeException(
                    "A part of the upload is larger than this server reads in memory: send "
                        + "each file as a file part (with a filename), of at most "
                        + MAX_PART_BYTES / (1024 * 1024)
                        + " MB.");
              }
              var type = exchange.getRequest().getHeaders().getContentType();
              var why =
                  type == null || type.getParameter("boundary") == null
                      ? "its Content-Type names no boundary between the parts"
                      : "it ends before its closing boundary (was the upload cut short?), or its parts are not separated by "
                          + "the boundary its Content-Type names";
              return new BadRequestException(
                  "body", "The body is not valid multipart/form-data: " + why + ". " + HOW_TO_SEND);
            });
  }

  private static Mono<String> text(MultiValueMap<String, Part> parts, String name) {
    var part = parts.getFirst(name);
    if (part == null) {
      return Mono.error(
          new BadRequestException(
              name,
              "the multipart body needs a part named '"
                  + name
                  + "' holding Pol.is's "
                  + name
                  + ".csv. "
                  + HOW_TO_SEND));
    }
    return DataBufferUtils.join(part.content(), MAX_PART_BYTES)
        .map(
            buffer -> {
              try {
                return buffer.toString(StandardCharsets.UTF_8);
              } finally {
                DataBufferUtils.release(buffer);
              }
            })
        .defaultIfEmpty("")
        .onErrorMap(
            e -> !(e instanceof PayloadTooLargeException),
            e ->
                e instanceof DataBufferLimitException
                    ? new PayloadTooLargeException(
                        name + ".csv is larger than " + MAX_PART_BYTES / (1024 * 1024) + " MB.")
                    : new BadRequestException(
                        name,
                        "The part '"
                            + name
                            + "' cannot be read: it ends before its closing "
                            + "boundary (was the upload cut short?). "
                            + HOW_TO_SEND));
  }

  @GetMapping("/api/jobs/{job}")
  Mono<JobView> job(@PathVariable String job) {
    return Mono.fromCallable(() -> jobs.find(job))
        .subscribeOn(Schedulers.boundedElastic())
        .map(
            found ->
                found.orElseThrow(
                    () ->
                        new NotFoundException(
                            "There is no job '"
                                + job
                                + "'. A job's id is "
                                + "in the Location of the answer that started it.")));
  }

  @GetMapping("/api/projects/{id}/export/comments.csv")
  Mono<ResponseEntity<String>> comments(@PathVariable String id, @Nullable Actor caller) {
    return export(id, "comments.csv", caller, PolisExport::comments);
  }

  @GetMapping("/api/projects/{id}/export/votes.csv")
  Mono<ResponseEntity<String>> votes(@PathVariable String id, @Nullable Actor caller) {
    return export(id, "votes.csv", caller, PolisExport::votes);
  }

  @GetMapping("/api/projects/{id}/export/participants-votes.csv")
  Mono<ResponseEntity<String>> participantsVotes(@PathVariable String id, @Nullable Actor caller) {
    return export(id, "participants-votes.csv", caller, PolisExport::participantsVotes);
  }

  private Mono<ResponseEntity<String>> export(
      String id, String file, @Nullable Actor caller, Function<PolisExport, String> write) {
    var audience =
        caller != null && moderates(caller)
            ? PolisExport.Audience.MODERATORS
            : PolisExport.Audience.PUBLIC;
    return lookup
        .project(id)
        .publishOn(Schedulers.boundedElastic())
        .map(
            project ->
                ResponseEntity.ok()
                    .contentType(CSV)
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                    // A moderator's copy holds hidden statements' text: no shared cache may give it
                    // to anyone else.
                    .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.COOKIE)
                    .header(
                        HttpHeaders.CACHE_CONTROL,
                        audience == PolisExport.Audience.PUBLIC ? "no-cache" : "private, no-store")
                    .body(
                        write.apply(
                            new PolisExport(project.deliberation().exportSnapshot(), audience))));
  }

  private static boolean moderates(Actor caller) {
    return caller.hasAnyOf(Role.MODERATOR, Role.ADMIN);
  }
}
