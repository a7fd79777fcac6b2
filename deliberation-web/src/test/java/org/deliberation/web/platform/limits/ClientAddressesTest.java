package org.deliberation.web.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

  private static MockServerHttpRequest from(String remote, String... forwardedFor) {
    var request =
        MockServerHttpRequest.get("/").remoteAddress(new InetSocketAddress(remote, 40000));
    if (forwardedFor.length > 0) {
      request.header(ClientAddresses.FORWARDED_FOR, forwardedFor);
    }
    return request.build();
  }

  @Test
  void theHeaderIsIgnoredUnlessAProxyIsTrustedToWriteIt() {
    var untrusted = new ClientAddresses(false);
    assertThat(untrusted.of(from("192.0.2.7", "203.0.113.5"))).contains("192.0.2.7");
  }

  @Test
  void aTrustedProxysOwnEntryIsTheLastOneNotWhatTheClientWroteBeforeIt() {
    var trusted = new ClientAddresses(true);
    assertThat(trusted.of(from("192.0.2.7", "198.51.100.1, 203.0.113.5"))).contains("203.0.113.5");
    assertThat(trusted.of(from("192.0.2.7", "[2001:db8::1]"))).contains("2001:db8:0:0:0:0:0:0/64");
  }

  @Test
  void aHeaderThatIsNoAddressFallsBackToTheConnection() {
    var trusted = new ClientAddresses(true);
    assertThat(trusted.of(from("192.0.2.7", "example.org"))).contains("192.0.2.7");
    assertThat(trusted.of(from("192.0.2.7", "999.1.1.1"))).contains("192.0.2.7");
    assertThat(trusted.of(from("192.0.2.7", "cafe"))).contains("192.0.2.7");
    assertThat(trusted.of(from("192.0.2.7", ":::zz"))).contains("192.0.2.7");
    assertThat(trusted.of(from("192.0.2.7"))).contains("192.0.2.7");
  }

  /** One subscriber is given a /64: a host that takes a new address per request still counts as one. */
  @Test
  void anIpv6AddressCountsByItsSlash64() {
    var addresses = new ClientAddresses(false);
    assertThat(addresses.of(from("2001:db8:1:2:aaaa::1")))
        .isEqualTo(addresses.of(from("2001:db8:1:2:bbbb::9")))
        .contains("2001:db8:1:2:0:0:0:0/64");
  }
}
