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
import org.commonmark.node.Node;
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
      List.of(
          TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create());

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "blockquote",
              "pre",
              "code",
              "em",
              "strong",
              "del",
              "ul",
              "ol",
              "li",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "img")
          .allowAttributes("start")
          .onElements("ol")
          .allowAttributes("align")
          .matching(false, "left", "right", "center")
          .onElements("th", "td")
          .allowAttributes("class")
          .matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}"))
          .onElements("code")
          .allowAttributes("href", "title")
          .onElements("a")
          .allowAttributes("src", "alt", "title")
          .onElements("img")
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .toFactory();

  // Raw HTML is never rendered, so HTML blocks are not parsed at all and a '<' is text unless it
  // opens an autolink.
  private static final Set<Class<? extends Block>> BLOCKS =
      Set.of(
          Heading.class,
          FencedCodeBlock.class,
          IndentedCodeBlock.class,
          BlockQuote.class,
          ThematicBreak.class,
          ListBlock.class);

  // Every limit is applied inside the parse, where the real structure is known (see each class for
  // why it exists):
  // quote and list depth, open link brackets, emphasis (resolved linearly, outside commonmark), and
  // last the depth of
  // the whole tree, before the autolink post-processor and the renderer walk it recursively.
  private final Parser parser =
      Parser.builder()
          .postProcessor(new TreeDepthLimit())
          .extensions(EXTENSIONS)
          .enabledBlockTypes(BLOCKS)
          .customBlockParserFactory(new ContainerDepthLimit())
          .customInlineContentParserFactory(new LiteralAngleBrackets())
          .customInlineContentParserFactory(new DelimiterRuns())
          .inlineParserFactory(BoundedInlineParser.FACTORY)
          .build();

  private final HtmlRenderer renderer =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  /**
   * Renders Markdown to sanitized HTML, in time linear in its length and with a bounded stack whatever the input:
   * nesting beyond the limits above shows as text.
   */
  public String render(String markdown) {
    return POLICY.sanitize(renderer.render(parse(markdown)));
  }

  /**
   * The page's prose as a reader sees it once rendered, one block (paragraph, heading, list item, cell) per line: code
   * blocks and images left out, links by their text ({@link ProseText}). Linear in the text, like {@link #render}.
   */
  public String prose(String markdown) {
    return ProseText.of(parse(markdown));
  }

  /** The tree {@link #render} renders, before sanitizing; tests measure its depth. */
  Node parse(String markdown) {
    return parser.parse(markdown);
  }

  /**
   * The text of the first ATX heading ({@code ## Costs}) that has some, which titles a page; empty when there is none.
   * A {@code #} line inside a fenced code block is code, not a heading. One pass over the text.
   */
  public static String firstHeading(String markdown) {
    return firstHeading((CharSequence) markdown);
  }

  /** {@link #firstHeading(String)} over any text; tests count the characters it reads. */
  static String firstHeading(CharSequence markdown) {
    var fences = new Fences();
    int start = 0;
    while (start <= markdown.length()) {
      int end = start;
      while (end < markdown.length() && markdown.charAt(end) != '\n') {
        end++;
      }
      if (!fences.skips(markdown, start, end)) {
        var text = AtxHeading.text(markdown, start, end);
        if (text != null && !text.isEmpty()) {
          return text;
        }
      }
      start = end + 1;
    }
    return "";
  }
}
