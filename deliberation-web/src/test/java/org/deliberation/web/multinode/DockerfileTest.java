package org.deliberation.web.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image's fast start, checked where no Docker engine runs: it is the form {@code FastStartIT} starts (the jar
 * extracted, a training run, a start from the cache it leaves), on a runtime that has the cache, trained and started
 * from one folder with one cache file and one jar.
 */
class DockerfileTest {

  private static final Path DOCKERFILE = Path.of("..", "docker", "Dockerfile");
  private static final Pattern RUNTIME =
      Pattern.compile("(?m)^FROM eclipse-temurin:(\\d+)-jre\\s*$");
  private static final Pattern WORKDIR = Pattern.compile("(?m)^WORKDIR (\\S+)\\s*$");
  private static final Pattern TRAINED = Pattern.compile("-XX:AOTCacheOutput=(\\S+) -jar (\\S+)");
  private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]\\s*$");

  @Test
  void theImageStartsFromTheCacheOfItsOwnTrainingRun() throws IOException {
    // Continuation lines joined, as Docker reads them.
    var dockerfile = Files.readString(DOCKERFILE).replaceAll("\\\\\\n\\s*", " ");
    var runtime = RUNTIME.matcher(dockerfile);
    assertThat(runtime.find()).as("a runtime stage on Temurin's JRE").isTrue();
    assertThat(Integer.parseInt(runtime.group(1)))
        .as("-XX:AOTCacheOutput needs Java 25")
        .isGreaterThanOrEqualTo(25);
    var stage = dockerfile.substring(runtime.end());

    var workdirs = WORKDIR.matcher(stage).results().toList();
    assertThat(workdirs).as("one working folder for the training and the start").hasSize(1);
    var training = stage.lines().filter(line -> line.contains("DELIBERATION_TRAINING_RUN=true"));
    var run = training.findFirst().orElseThrow(() -> new AssertionError("no training run"));
    assertThat(run).contains("extract --destination .").contains("SERVER_PORT=0");
    var trained = TRAINED.matcher(run);
    assertThat(trained.find()).as(run).isTrue();

    var entrypoint = ENTRYPOINT.matcher(stage);
    assertThat(entrypoint.find()).isTrue();
    var arguments = List.of(entrypoint.group(1).replace("\"", "").split("\\s*,\\s*"));
    assertThat(arguments).first().isEqualTo("java");
    assertThat(arguments).contains("-XX:AOTCache=" + trained.group(1));
    assertThat(arguments.subList(arguments.size() - 2, arguments.size()))
        .containsExactly("-jar", trained.group(2));
    assertThat(stage.indexOf(run)).isGreaterThan(stage.indexOf(workdirs.getFirst().group()));
  }
}
