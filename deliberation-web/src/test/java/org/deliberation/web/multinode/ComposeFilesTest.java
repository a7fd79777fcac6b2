package org.deliberation.web.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.store.NodeRole;
import org.deliberation.web.platform.store.StoreNodeProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose files, checked where no Docker engine runs: every {@code DELIBERATION_*} variable they set is one the
 * server binds, the secrets are required ({@code ${VAR:?message}}), every service depended on exists, no two services
 * publish the same port, each app node has a data volume of its own where the image keeps its data, and the image
 * exposes the ports the services use.
 */
class ComposeFilesTest {

  private static final Path DOCKER = Path.of("..", "docker");
  private static final Pattern REQUIRED = Pattern.compile("\\$\\{(\\w+):\\?[^}]+}");
  private static final Pattern WITH_DEFAULT = Pattern.compile("\\$\\{\\w+:-([^}]*)}");
  private static final List<String> SECRETS =
      List.of("DELIBERATION_ADMIN_PASSWORD", "DELIBERATION_SESSIONS_FORM_SECRET");

  @ParameterizedTest
  @ValueSource(strings = {"compose.yaml", "compose.store-node.yaml"})
  void describesNodesTheServerRuns(String file) throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve(file)));
    var services = map(compose.get("services"));
    var volumes = map(compose.get("volumes")).keySet();
    var dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
    var published = new HashSet<String>();
    var dataVolumes = new HashSet<String>();
    var appNodes = 0;
    for (var entry : services.entrySet()) {
      var name = entry.getKey();
      var service = map(entry.getValue());
      for (var dependency : map(service.getOrDefault("depends_on", Map.of())).keySet()) {
        assertThat(services).as(name + " depends on " + dependency).containsKey(dependency);
      }
      for (var port : list(service.get("ports"))) {
        var parts = port.split(":");
        assertThat(published.add(parts[0])).as(name + " publishes " + parts[0] + " again").isTrue();
        assertThat(dockerfile)
            .as("the image exposes " + parts[1])
            .containsPattern("EXPOSE .*\\b" + parts[1] + "\\b");
      }
      var environment = map(service.getOrDefault("environment", Map.of()));
      if (!isOurImage(service)) {
        assertThat(environment.keySet())
            .noneMatch(variable -> variable.startsWith("DELIBERATION_"));
        continue;
      }
      for (var variable : environment.entrySet()) {
        assertThat(bound(variable.getKey(), sample(String.valueOf(variable.getValue()))))
            .as(name + " sets " + variable.getKey() + ", which the server does not read")
            .isTrue();
      }
      // Where the image keeps its data (DELIBERATION_DATA_DIR) must be a volume of this service
      // alone.
      var dataVolume =
          list(service.get("volumes")).stream()
              .filter(volume -> volume.endsWith(":/srv/deliberation/data"))
              .map(volume -> volume.substring(0, volume.indexOf(':')))
              .findFirst();
      assertThat(dataVolume).as(name + " keeps its data in a volume").isPresent();
      assertThat(volumes).contains(dataVolume.get());
      assertThat(dataVolumes.add(dataVolume.get())).as(name + " shares its data volume").isTrue();
      assertThat(dockerfile).contains("ENV DELIBERATION_DATA_DIR=/srv/deliberation/data");
      if ("store".equals(environment.get("DELIBERATION_ROLE"))) {
        assertThat(dockerfile)
            .containsPattern("EXPOSE .*\\b" + environment.get("DELIBERATION_STORE_PORT") + "\\b");
        continue;
      }
      appNodes++;
      for (var secret : SECRETS) {
        assertThat(String.valueOf(environment.get(secret)))
            .as(name + " requires " + secret)
            .matches(REQUIRED.pattern());
      }
      var uri = String.valueOf(environment.get("DELIBERATION_MONGODB_URI"));
      for (var host : hosts(uri)) {
        assertThat(services).as(name + "'s store " + host).containsKey(host);
      }
    }
    assertThat(appNodes).as("app nodes over one store").isEqualTo(2);
  }

  /** Whether binding the variable alone sets anything in the server's settings (or its role). */
  private static boolean bound(String variable, String value) {
    if (variable.equals("DELIBERATION_ROLE")) {
      return NodeRole.requested(new String[0], Map.of(variable, value)) == NodeRole.STORE;
    }
    var sources =
        ConfigurationPropertySources.from(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(variable, value)));
    var binder = new Binder(sources);
    var used = new AtomicBoolean();
    // A property was bound from this source: the variable is one of the settings.
    var handler =
        new AbstractBindHandler() {
          @Override
          public Object onSuccess(
              ConfigurationPropertyName name,
              Bindable<?> target,
              BindContext context,
              Object result) {
            for (var source : sources) {
              if (source.getConfigurationProperty(name) != null) {
                used.set(true);
              }
            }
            return result;
          }
        };
    binder.bind("deliberation", Bindable.of(DeliberationProperties.class), handler);
    binder.bind("deliberation.store", Bindable.of(StoreNodeProperties.class), handler);
    return used.get();
  }

  /** A value as compose would give it: a required variable's sample, a defaulted one's default. */
  private static String sample(String value) {
    var defaulted = WITH_DEFAULT.matcher(value);
    if (defaulted.matches()) {
      return defaulted.group(1);
    }
    return REQUIRED.matcher(value).matches() ? "a value given at start" : value;
  }

  private static List<String> hosts(String uri) {
    var hosts = new ArrayList<String>();
    var authority = uri.substring("mongodb://".length()).split("/")[0];
    for (var host : authority.split(",")) {
      hosts.add(host.split(":")[0]);
    }
    return hosts;
  }

  private static boolean isOurImage(Map<String, Object> service) {
    return service.get("build") instanceof Map<?, ?> build
        && "docker/Dockerfile".equals(build.get("dockerfile"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Object value) {
    return value == null ? List.of() : (List<String>) value;
  }
}
