package org.deliberation.web.project;

import java.util.HashMap;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.core.project.Language;
import org.deliberation.web.platform.http.EnumParameter;
import org.deliberation.web.platform.pages.Addresses;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The home page: the wikiprojects with their stage and activity, a search box, and for officials a new project. */
@SitePage
public class HomePage {

  private final ProjectService projects;
  private final Forms forms;

  public HomePage(ProjectService projects, Forms forms) {
    this.projects = projects;
    this.forms = forms;
  }

  @GetMapping("/")
  Mono<Rendering> home() {
    return render(Map.of(), HttpStatus.OK);
  }

  /** An official opens a wikiproject; it starts in its draft stage. */
  @PostMapping("/projects")
  Mono<Rendering> create(@Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var language =
              EnumParameter.parse(Language.class, "language", Forms.field(form, "language"));
          var request =
              forms.valid(
                  new CreateProjectRequest(
                      Forms.optional(form, "title"),
                      Forms.optional(form, "question"),
                      Forms.optional(form, "authority"),
                      language,
                      null));
          return projects
              .create(CurrentActor.required(caller), request)
              .map(created -> Rendering.redirectTo(Addresses.project(created.slug())).build());
        },
        (form, error, status) ->
            render(Map.of("createError", error, "draft", form.toSingleValueMap()), status));
  }

  private Mono<Rendering> render(Map<String, Object> extra, HttpStatus status) {
    return projects
        .list(200, null)
        .map(
            list -> {
              var model = new HashMap<String, Object>(extra);
              model.put("projects", list.items());
              model.putIfAbsent("draft", Map.of());
              return Rendering.view("home").model(model).status(status).build();
            });
  }
}
