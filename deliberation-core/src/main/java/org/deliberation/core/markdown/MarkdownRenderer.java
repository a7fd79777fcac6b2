package org.deliberation.core.markdown;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders participants' Markdown to HTML that is safe to insert in a page.
 *
 * <p>Raw HTML is never parsed as HTML: a {@code <} is text unless it opens an autolink ({@link LiteralAngleBrackets}
 * explains why). Two independent layers then keep the output safe, so that a bug in one does not open a hole:
 * commonmark escapes raw HTML and drops unsafe
 * link targets while rendering, then an allowlist sanitizer (OWASP java-html-sanitizer) keeps only the elements and
 * attributes Markdown produces, with http, https and mailto links and http(s) images only, no {@code data:} or
 * {@code javascript:}. Links get {@code rel="nofollow noopener noreferrer"}: public wikis attract link spam.
 *
 * <p>Thread safe; one instance can serve every request.
 */
public final class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create());

  private static final int MAX_NESTING = 32;

  // MAX_NESTING container markers (quote, bullet or ordered) followed by one more marker.
  private static final Pattern CONTAINER_MARKERS = Pattern.compile(
      "(?:[ \\t]*(?:>|[-+*]|\\d{1,9}[.)])){" + MAX_NESTING + "}(?=[ \\t]*(?:>|[-+*]|\\d{1,9}[.)]))[ \\t]*");

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

  // Raw HTML is never rendered, so HTML blocks are not parsed at all and a '<' is text unless it opens an autolink.
  private static final Set<Class<? extends Block>> BLOCKS = Set.of(Heading.class, FencedCodeBlock.class,
      IndentedCodeBlock.class, BlockQuote.class, ThematicBreak.class, ListBlock.class);

  private final Parser parser = Parser.builder()
      .extensions(EXTENSIONS)
      .enabledBlockTypes(BLOCKS)
      .customInlineContentParserFactory(new LiteralAngleBrackets())
      .build();

  private final HtmlRenderer renderer =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  /** Renders Markdown to sanitized HTML. */
  public String render(String markdown) {
    return POLICY.sanitize(renderer.render(parser.parse(limitNesting(markdown))));
  }

  /**
   * Turns container markers beyond {@link #MAX_NESTING} on one line into text. The parser and renderer recurse once
   * per level, so 64 KB of {@code >} would otherwise overflow the stack; nobody writes a 33rd nested quote.
   */
  static String limitNesting(String markdown) {
    var lines = markdown.split("\n", -1);
    var out = new StringBuilder(markdown.length() + 16);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      var line = lines[i];
      var deep = CONTAINER_MARKERS.matcher(line);
      if (deep.lookingAt()) {
        // Escape the next marker: "\>" or "\-" is text, and so is "12\." for an ordered one.
        int at = deep.end();
        while (at < line.length() && Character.isDigit(line.charAt(at))) {
          at++;
        }
        out.append(line, 0, at).append('\\').append(line, at, line.length());
      } else {
        out.append(line);
      }
    }
    return out.toString();
  }

  /** The text of the first heading, which titles a page; empty when there is none. */
  public static String firstHeading(String markdown) {
    var matcher = HEADING.matcher(markdown);
    return matcher.find() ? matcher.group(1) : "";
  }
}
