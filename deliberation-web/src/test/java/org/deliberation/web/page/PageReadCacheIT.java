package org.deliberation.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.page.command.EditPage;
import org.deliberation.core.project.Stage;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Page reads served from this node's cache: conditional reads (304), an edit seen by the next read, and an edit
 * stored by another node (here: a command sent past this node's page service, as another node's would arrive)
 * never hidden from a reader that names its revision.
 */
class PageReadCacheIT extends ApiTestSupport {

  @Autowired CommandGateway commands;

  private Session editor;
  private Session official;
  private String project;

  @BeforeEach
  void aPage() {
    editor = citizen();
    official = withRoles("OFFICIAL");
    project = project(official, "Cached pages");
    put("costs", null, "# Costs\n\nfirst\n").expectStatus().isCreated();
  }

  private WebTestClient.ResponseSpec put(String page, String ifMatch, String markdown) {
    var request =
        http.put()
            .uri("/api/projects/{p}/pages/{page}", project, page)
            .header(HttpHeaders.AUTHORIZATION, editor.bearer());
    if (ifMatch != null) {
      request = request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    return request.bodyValue(Map.of("markdown", markdown, "comment", "an edit")).exchange();
  }

  private WebTestClient.ResponseSpec read(String ifNoneMatch) {
    var request = http.get().uri("/api/projects/{p}/pages/costs", project);
    if (ifNoneMatch != null) {
      request = request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
    }
    return request.exchange();
  }

  @Test
  void answersAMatchingIfNoneMatchWith304AndTheTagWithoutABody() {
    read(null)
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(HttpHeaders.ETAG, "\"1\"")
        .expectHeader()
        .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache");
    for (var tag : new String[] {"\"1\"", "W/\"1\"", "\"7\", \"1\"", "*"}) {
      read(tag)
          .expectStatus()
          .isNotModified()
          .expectHeader()
          .valueEquals(HttpHeaders.ETAG, "\"1\"")
          .expectBody()
          .isEmpty();
    }
    read("\"0\"").expectStatus().isOk().expectBody().jsonPath("$.revision").isEqualTo(1);
  }

  @Test
  void anEditIsSeenByTheNextReadAndItsTagAcceptedByTheNextEdit() {
    read(null).expectStatus().isOk(); // now kept
    put("costs", "\"1\"", "# Costs\n\nsecond\n").expectStatus().isOk();

    var etag =
        read("\"1\"")
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.revision")
            .isEqualTo(2)
            .jsonPath("$.markdown")
            .isEqualTo("# Costs\n\nsecond\n")
            .returnResult()
            .getResponseHeaders()
            .getETag();
    assertThat(etag).isEqualTo("\"2\"");
    put("costs", etag, "# Costs\n\nthird\n").expectStatus().isOk();
    read(null).expectBody().jsonPath("$.revision").isEqualTo(3);
    // The HTML page reads through the same cache.
    http.get()
        .uri("/projects/{p}/pages/costs", project)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(html -> assertThat(html).contains("third"));
  }

  @Test
  void anEditStoredElsewhereIsNeverHiddenFromAReaderWhoWasGivenIt() {
    read(null).expectStatus().isOk(); // revision 1 kept
    var page = new PageId(new ProjectId(project), "costs");
    var by = new Actor(new ParticipantId(editor.id()), Set.of(Role.CITIZEN));
    // Past PageService, as another node's edit is stored: only the event tells this node.
    commands.sendAndWait(new EditPage(page, 1, "# Costs\n\nfrom elsewhere\n", "", Stage.DRAFT, by));

    // The writer was given "2" by the other node; asking with it here is never answered with 1:
    // its copy is current.
    read("\"2\"")
        .expectStatus()
        .isNotModified()
        .expectHeader()
        .valueEquals(HttpHeaders.ETAG, "\"2\"");
    // A reader holding 1 and told of 2 elsewhere, asking with both, is given 2.
    read("\"1\", \"2\"").expectStatus().isNotModified();
    read("\"1\"").expectStatus().isOk().expectBody().jsonPath("$.revision").isEqualTo(2);
    // And once this node's processor has seen the event, every reader gets it.
    await()
        .untilAsserted(
            () ->
                read(null)
                    .expectHeader()
                    .valueEquals(HttpHeaders.ETAG, "\"2\"")
                    .expectBody()
                    .jsonPath("$.markdown")
                    .isEqualTo("# Costs\n\nfrom elsewhere\n"));
    read("\"2\"").expectStatus().isEqualTo(HttpStatus.NOT_MODIFIED);
  }

  @Test
  void projectsAndStatementListsAreTaggedByWhatTheySend() {
    // The page index is the stored projection's: the page created above enters it a moment later.
    await()
        .untilAsserted(
            () ->
                http.get()
                    .uri("/api/projects/{p}", project)
                    .exchange()
                    .expectBody()
                    .jsonPath("$.pages[0].name")
                    .isEqualTo("costs"));
    var first =
        http.get()
            .uri("/api/projects/{p}", project)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
            .expectBody()
            .jsonPath("$.title")
            .isEqualTo("Cached pages")
            .returnResult()
            .getResponseHeaders()
            .getETag();
    assertThat(first).startsWith("W/\"");
    http.get()
        .uri("/api/projects/{p}", project)
        .header(HttpHeaders.IF_NONE_MATCH, first)
        .exchange()
        .expectStatus()
        .isNotModified()
        .expectBody()
        .isEmpty();

    stage(official, project, "DELIBERATION");
    // The change is this node's own: the next read shows it, with another tag.
    http.get()
        .uri("/api/projects/{p}", project)
        .header(HttpHeaders.IF_NONE_MATCH, first)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.stage")
        .isEqualTo("DELIBERATION");

    var list =
        http.get()
            .uri("/api/projects/{p}/statements", project)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
            .expectBody()
            .jsonPath("$.items")
            .isEmpty()
            .returnResult()
            .getResponseHeaders()
            .getETag();
    http.get()
        .uri("/api/projects/{p}/statements", project)
        .header(HttpHeaders.IF_NONE_MATCH, list)
        .exchange()
        .expectStatus()
        .isNotModified();
    contribution(editor, project, "Open the hall on Sundays.");
    http.get()
        .uri("/api/projects/{p}/statements", project)
        .header(HttpHeaders.IF_NONE_MATCH, list)
        .header(HttpHeaders.AUTHORIZATION, editor.bearer())
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, private")
        .expectBody()
        .jsonPath("$.items[0].text")
        .isEqualTo("Open the hall on Sundays.");
  }
}
