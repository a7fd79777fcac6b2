package org.deliberation.web.notification;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site's public address ({@code DELIBERATION_SITE_URL}), which links in mail and feeds start with, whatever
 * address a request came through; its host also names the feeds' entries ({@code tag:} URIs), so it should not change.
 */
@ConfigurationProperties("deliberation.site")
public record SiteAddress(@DefaultValue("http://localhost:8080") String url) {

  /** The address without a trailing slash. */
  public String base() {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The authority of the feeds' {@code tag:} URIs: the site's host. */
  public String tagAuthority() {
    var host = URI.create(base()).getHost();
    return host == null ? "localhost" : host;
  }
}
