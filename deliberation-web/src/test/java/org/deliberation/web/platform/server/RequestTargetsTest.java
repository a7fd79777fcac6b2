package org.deliberation.web.platform.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/projects/{",
        "/a|b^c",
        "/%zz",
        "/\"x\"<y>",
        "/a b",
        "/a[0]#frag",
        "/caf\u00e9",
        "/%",
        "/%4",
        "/a\\b",
        "/`"
      })
  void makesEveryTargetAValidUri(String target) {
    var escaped = RequestTargets.escape(target);
    assertThat(URI.create(escaped).getRawPath()).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/api/projects?limit=5&cursor=abc",
        "/api/search?q=caf%C3%A9",
        "/a-b_c.d~e/f:g@h",
        "/x!$&'()*+,;=",
        "*",
        "http://host/path?q=1"
      })
  void leavesValidTargetsAlone(String target) {
    assertThat(RequestTargets.escape(target)).isSameAs(target);
  }

  @Test
  void keepsTheBytesTheClientSent() {
    assertThat(RequestTargets.escape("/{x}")).isEqualTo("/%7Bx%7D");
    assertThat(RequestTargets.escape("/%zz")).isEqualTo("/%25zz");
    // Netty reads the line as ISO-8859-1: é arrived as the two bytes of its UTF-8.
    assertThat(RequestTargets.escape("/caf\u00c3\u00a9")).isEqualTo("/caf%C3%A9");
  }
}
