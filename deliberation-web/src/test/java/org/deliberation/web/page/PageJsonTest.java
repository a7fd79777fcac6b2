package org.deliberation.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.deliberation.core.readability.Formula;
import org.deliberation.core.readability.Readability;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** A page view's JSON is written once per view, and is what the mapper writes. */
class PageJsonTest {

  private final JsonMapper plain = JsonMapper.builder().build();

  private static PageView view(int revision) {
    return new PageView(
        "p",
        "home",
        "Home",
        revision,
        "# Home\n\ntext " + revision,
        "<h1>Home</h1>",
        Instant.parse("2026-12-04T10:00:00Z"),
        List.of("Ada"),
        new Readability(null, null, null, List.of(), 0, 0, 0, Formula.FLESCH));
  }

  @Test
  void writesAViewAsTheMapperDoes() {
    var view = view(3);
    assertThat(new PageJson(plain).of(view)).isEqualTo(plain.writeValueAsBytes(view));
  }

  @Test
  void writesAKeptViewOnceHoweverOftenItIsRead() {
    var writes = new AtomicInteger();
    var counting =
        JsonMapper.builder()
            .addModule(
                new SimpleModule()
                    .addSerializer(
                        Formula.class,
                        new ValueSerializer<>() {
                          @Override
                          public void serialize(
                              Formula value, JsonGenerator gen, SerializationContext context) {
                            writes.incrementAndGet();
                            gen.writeString(value.name());
                          }
                        }))
            .build();
    var json = new PageJson(counting);
    var kept = view(3);

    for (int read = 0; read < 5; read++) {
      json.of(kept);
    }
    assertThat(writes).hasValue(1);

    // Another view, even one equal to it, is written anew: a view is kept by identity.
    json.of(view(4));
    json.of(view(3));
    assertThat(writes).hasValue(3);
  }
}
