package org.deliberation.web.api.polis;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.web.api.problem.BadRequestException;
import org.deliberation.web.api.problem.PayloadTooLargeException;
import org.deliberation.web.api.security.Authentication;
import org.deliberation.web.api.statement.StatementLookup;
import org.deliberation.web.job.JobView;
import org.deliberation.web.job.Jobs;
import org.deliberation.web.polis.PolisCsv;
import org.deliberation.web.polis.PolisExport;
import org.deliberation.web.polis.PolisImporter;
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

  private final StatementLookup lookup;
  private final PolisImporter importer;
  private final Jobs jobs;

  public PolisController(StatementLookup lookup, PolisImporter importer, Jobs jobs) {
    this.lookup = lookup;
    this.importer = importer;
    this.jobs = jobs;
  }

  @PostMapping(path = "/api/projects/{id}/import/polis", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Mono<ResponseEntity<ImportStarted>> importPolis(@PathVariable String id, ServerWebExchange exchange) {
    return Authentication.required(exchange)
        .doOnNext(caller -> caller.require("import a conversation", Role.MODERATOR, Role.ADMIN))
        .zipWith(lookup.project(id))
        .flatMap(callerAndProject -> exchange.getMultipartData().flatMap(parts -> text(parts, "comments")
            .zipWith(text(parts, "votes"))
            .publishOn(Schedulers.boundedElastic())
            .map(files -> {
              var project = callerAndProject.getT2();
              if (!project.deliberation().statements(null, "recent", true, true).isEmpty()) {
                throw new ConflictException("This wikiproject already has statements; import a conversation into "
                    + "a new wikiproject, so that its statements and votes stay as they were.");
              }
              var conversation = PolisCsv.parse(files.getT1(), files.getT2());
              var job = importer.start(new ProjectId(project.project()), conversation, callerAndProject.getT1());
              return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/jobs/" + job.id()))
                  .body(new ImportStarted(job.id(), job.view().total()));
            })));
  }

  private static Mono<String> text(MultiValueMap<String, Part> parts, String name) {
    var part = parts.getFirst(name);
    if (part == null) {
      return Mono.error(new BadRequestException(name, "the multipart body needs a part named '" + name
          + "' holding Pol.is's " + name + ".csv"));
    }
    return DataBufferUtils.join(part.content(), MAX_PART_BYTES)
        .map(buffer -> {
          try {
            return buffer.toString(StandardCharsets.UTF_8);
          } finally {
            DataBufferUtils.release(buffer);
          }
        })
        .defaultIfEmpty("")
        .onErrorMap(DataBufferLimitException.class, e -> new PayloadTooLargeException(name + ".csv is larger than "
            + MAX_PART_BYTES / (1024 * 1024) + " MB."));
  }

  @GetMapping("/api/jobs/{job}")
  JobView job(@PathVariable String job) {
    return jobs.find(job).map(found -> found.view()).orElseThrow(() -> new NotFoundException("There is no job '"
        + job + "' on this server. Jobs are kept until the server restarts."));
  }

  @GetMapping("/api/projects/{id}/export/comments.csv")
  Mono<ResponseEntity<String>> comments(@PathVariable String id) {
    return export(id, "comments.csv", PolisExport::comments);
  }

  @GetMapping("/api/projects/{id}/export/votes.csv")
  Mono<ResponseEntity<String>> votes(@PathVariable String id) {
    return export(id, "votes.csv", PolisExport::votes);
  }

  @GetMapping("/api/projects/{id}/export/participants-votes.csv")
  Mono<ResponseEntity<String>> participantsVotes(@PathVariable String id) {
    return export(id, "participants-votes.csv", PolisExport::participantsVotes);
  }

  private Mono<ResponseEntity<String>> export(String id, String file,
      java.util.function.Function<PolisExport, String> write) {
    return lookup.project(id)
        .publishOn(Schedulers.boundedElastic())
        .map(project -> ResponseEntity.ok()
            .contentType(CSV)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
            .body(write.apply(new PolisExport(project.deliberation().exportSnapshot()))));
  }
}
