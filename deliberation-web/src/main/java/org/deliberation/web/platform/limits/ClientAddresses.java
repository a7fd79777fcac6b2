package org.deliberation.web.platform.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import reactor.util.context.ContextView;

/**
 * The client address that limits count by: the connection's remote address, as {@code ConnectionsPerAddress} sees
 * it. {@code X-Forwarded-For} is read only when {@code deliberation.http.forwarded-for} says a proxy in front writes
 * it, and then only its last entry, the one that proxy appended: the entries before it are whatever the client sent.
 * An IPv6 address counts by its /64, the block one subscriber is given, so that one host cannot take a new address
 * for each request.
 */
@Component
public class ClientAddresses {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final boolean forwardedFor;

  @Autowired
  public ClientAddresses(DeliberationProperties properties) {
    this(properties.http().forwardedFor());
  }

  ClientAddresses(boolean forwardedFor) {
    this.forwardedFor = forwardedFor;
  }

  /** The address of the request being handled, when the reactive context carries one (see {@link LimitsConfig}). */
  Optional<String> of(ContextView context) {
    return ServerWebExchangeContextFilter.getExchange(context)
        .flatMap(exchange -> of(exchange.getRequest()));
  }

  Optional<String> of(ServerHttpRequest request) {
    if (forwardedFor) {
      var header = request.getHeaders().getFirst(FORWARDED_FOR);
      if (header != null) {
        var entries = header.split(",");
        var forwarded = literal(entries[entries.length - 1].strip());
        if (forwarded.isPresent()) {
          return forwarded.map(ClientAddresses::key);
        }
      }
    }
    var remote = request.getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? Optional.empty()
        : Optional.of(key(remote.getAddress()));
  }

  static String key(InetAddress address) {
    if (address instanceof Inet6Address) {
      var prefix = Arrays.copyOf(address.getAddress(), 16);
      Arrays.fill(prefix, 8, 16, (byte) 0);
      try {
        return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
      } catch (UnknownHostException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
    return address.getHostAddress();
  }

  /**
   * An address written as digits, never a name: resolving what a header says would ask the DNS. IPv6 is parsed in
   * brackets, which the JDK never looks up.
   */
  private static Optional<InetAddress> literal(String text) {
    var bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    try {
      if (IPV4.matcher(bare).matches()) {
        var bytes = new byte[4];
        var parts = bare.split("\\.");
        for (int i = 0; i < 4; i++) {
          int part = Integer.parseInt(parts[i]);
          if (part > 255) {
            return Optional.empty();
          }
          bytes[i] = (byte) part;
        }
        return Optional.of(InetAddress.getByAddress(bytes));
      }
      if (bare.contains(":") && IPV6.matcher(bare).matches()) {
        return Optional.of(InetAddress.getByName("[" + bare + "]"));
      }
    } catch (UnknownHostException malformed) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
