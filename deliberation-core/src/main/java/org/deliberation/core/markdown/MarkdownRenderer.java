package org.deliberation.core.markdown;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders participants' Markdown to HTML that is safe to insert in a page.
 *
 * <p>Two independent layers, so that a bug in one does not open a hole: commonmark escapes raw HTML and drops unsafe
 * link targets while rendering, then an allowlist sanitizer (OWASP java-html-sanitizer) keeps only the elements and
 * attributes Markdown produces, with http, https and mailto links and http(s) images only, no {@code data:} or
 * {@code javascript:}. Links get {@code rel="nofollow noopener noreferrer"}: public wikis attract link spam.
 *
 * <p>Thread safe; one instance can serve every request.
 */
public final class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create());

  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$", Pattern.MULTILINE);

  private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
      .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em",
          "strong", "del", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
      .allowAttributes("start").onElements("ol")
      .allowAttributes("align").matching(false, "left", "right", "center").onElements("th", "td")
      .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}")).onElements("code")
      .allowAttributes("href", "title").onElements("a")
      .allowAttributes("src", "alt", "title").onElements("img")
      .allowUrlProtocols("http", "https", "mailto")
      .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
      .toFactory();

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

  private final HtmlRenderer renderer =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  /** Renders Markdown to sanitized HTML. */
  public String render(String markdown) {
    return POLICY.sanitize(renderer.render(parser.parse(markdown)));
  }

  /** The text of the first heading, which titles a page; empty when there is none. */
  public static String firstHeading(String markdown) {
    var matcher = HEADING.matcher(markdown);
    return matcher.find() ? matcher.group(1) : "";
  }
}
