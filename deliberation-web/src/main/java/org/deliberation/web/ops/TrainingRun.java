package org.deliberation.web.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.deliberation.web.platform.config.SuppressForbidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A training run for the JVM's ahead-of-time cache ({@code DELIBERATION_TRAINING_RUN=true}, docs/fast-start.md): once
 * the node is ready it asks itself what a real start is asked first (health, the home page, the API, a search, a
 * missing project), so that the classes of those paths are in the cache too, then shuts down and exits: 0 when every
 * answer was one the path gives, 1 otherwise. Run it on a data folder of its own: it writes nothing itself, but the
 * node creates its collections and index there as any start does.
 */
@Component
@ConditionalOnProperty(name = "deliberation.training-run", havingValue = "true")
class TrainingRun {

  private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

  /** What a start is asked first, with the status each answers on an empty store. */
  static final List<Request> REQUESTS =
      List.of(
          new Request("/actuator/health", 200),
          new Request("/actuator/health/liveness", 200),
          new Request("/actuator/health/readiness", 200),
          new Request("/", 200),
          new Request("/css/site.css", 200),
          new Request("/api/projects", 200),
          new Request("/api/projects/training-run", 404),
          new Request("/projects/training-run", 404),
          new Request("/api/search?q=training", 200),
          new Request("/search?q=training", 200),
          new Request("/api/petitions", 200),
          new Request("/petitions", 200),
          new Request("/login", 200));

  private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(5);

  record Request(String path, int status) {}

  private final ConfigurableApplicationContext context;

  TrainingRun(ConfigurableApplicationContext context) {
    this.context = context;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    // Off the thread that publishes the event: the exit below waits for the context to close.
    Thread.ofPlatform().name("training-run").start(this::train);
  }

  private void train() {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    int unexpected = ask(URI.create("http://127.0.0.1:" + port));
    log.info(
        "Training run: {} requests answered, {} unexpected; shutting down",
        REQUESTS.size(),
        unexpected);
    exit(SpringApplication.exit(context, () -> unexpected == 0 ? 0 : 1));
  }

  /**
   * Polls the health until it says UP (the projections catch up after the context is ready), as an orchestrator does,
   * then asks every request once; the number whose answer was not the one expected.
   */
  private static int ask(URI base) {
    try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      return ask(client, base);
    }
  }

  private static int ask(HttpClient client, URI base) {
    long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
    while (status(client, base, "/actuator/health") != 200 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return REQUESTS.size();
      }
    }
    int unexpected = 0;
    for (var request : REQUESTS) {
      int status = status(client, base, request.path());
      if (status != request.status()) {
        log.warn("Training run: {} answered {}, not {}", request.path(), status, request.status());
        unexpected++;
      }
    }
    return unexpected;
  }

  /** The status of a GET, or -1 when it could not be asked. */
  private static int status(HttpClient client, URI base, String path) {
    try {
      return client
          .send(
              HttpRequest.newBuilder(base.resolve(path))
                  .timeout(Duration.ofSeconds(30))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  @SuppressForbidden("a training run is a process that ends itself once trained")
  private static void exit(int code) {
    System.exit(code);
  }
}
