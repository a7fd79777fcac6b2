package org.deliberation.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
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
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.html.HtmlRenderer;
import org.deliberation.core.testing.CountingText;
import org.deliberation.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Properties of the renderer and its parts, each checked on a few hundred seeded random inputs. */
class MarkdownRendererPropertiesTest {

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create());

  private static final Set<Class<? extends Block>> BLOCKS =
      Set.of(
          Heading.class,
          FencedCodeBlock.class,
          IndentedCodeBlock.class,
          BlockQuote.class,
          ThematicBreak.class,
          ListBlock.class);

  // commonmark with our block set and '<' rule, but its own emphasis, brackets, code spans and
  // autolinks.
  private static final Parser COMMONMARK =
      Parser.builder()
          .extensions(EXTENSIONS)
          .enabledBlockTypes(BLOCKS)
          .customInlineContentParserFactory(new ReferenceAngleBrackets())
          .build();

  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  // The sanitizer writes an empty comment between '{' and a tag, so that no {{ template }} can form
  // across them;
  // Jazzer's first finding was this comment, which the tag check did not expect.
  private static final String EMPTY_COMMENT = "<!-- -->";

  private static final Pattern URL = Pattern.compile(" (?:href|src)=\"([^\"]*)\"");

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void rendersAsCommonmarkDoesBelowTheLimits() {
    Property.forAllTexts(
        1,
        3_000,
        random -> MarkdownGenerator.markdown(random, 40),
        markdown ->
            assertThat(HTML.render(renderer.parse(markdown)))
                .isEqualTo(HTML.render(COMMONMARK.parse(markdown))));
  }

  @Test
  void neverLetsScriptThrough() {
    Property.forAllTexts(
        2,
        1_000,
        MarkdownGenerator::hostile,
        markdown -> {
          var html = renderer.render(markdown).toLowerCase(Locale.ROOT);
          var tags = TAG.matcher(html).results().map(MatchResult::group).toList();
          assertThat(tags)
              .allSatisfy(
                  tag ->
                      assertThat(tag)
                          .matches(
                              "</?(p|a|img|em|strong|del|code|pre|ul|ol|li|h[1-6]|blockquote|br|hr|table|thead|tbody|tr|th|td)"
                                  + "( [^>]*)?>|"
                                  + EMPTY_COMMENT)
                          .satisfies(MarkdownFuzzTest::hasOnlyAllowedAttributes));
          // A link may mention "javascript:" (http://www.e.javascript:80 is a host and a port); its
          // scheme may not.
          assertThat(URL.matcher(html).results().map(url -> url.group(1)).toList())
              .allSatisfy(url -> assertThat(url).matches("(https?:|mailto:|[^:]*$|[^:]*[/?#]).*"));
          assertThat(html).doesNotContain("<script", "<iframe", "<div");
        });
  }

  @Test
  void keepsTheTreeShallowWhateverTheInput() {
    Property.forAllTexts(
        3,
        150,
        random -> MarkdownGenerator.deep(random, Pathological.PAGE),
        markdown ->
            assertThat(MarkdownRendererTest.depth(renderer.parse(markdown)))
                .isLessThanOrEqualTo(TreeDepthLimit.MAX_DEPTH + 1));
  }

  @Test
  void resolvesEmphasisInStepsLinearInTheText() {
    // Runs without their resolution, as the renderer's inline parser leaves them for
    // EmphasisResolver.
    var parser = Parser.builder().customInlineContentParserFactory(new DelimiterRuns()).build();
    Property.forAllTexts(
        4,
        150,
        random -> MarkdownGenerator.deep(random, 16_000),
        markdown -> {
          long once = steps(parser.parse(markdown));
          long twice = steps(parser.parse(markdown + markdown));
          assertThat(once).isLessThanOrEqualTo(64L * (markdown.length() + 1));
          assertThat(twice).isLessThanOrEqualTo(2 * once + 64L * (markdown.length() + 1) / 4 + 64);
        });
  }

  private static long steps(Node document) {
    long steps = 0;
    for (var block = document.getFirstChild(); block != null; block = block.getNext()) {
      steps += EmphasisResolver.resolve(block);
    }
    return steps;
  }

  @Test
  void readsEachCharacterAFewTimesToFindTheTitle() {
    Property.forAllTexts(
        5,
        1_000,
        random -> MarkdownGenerator.deep(random, 16_000),
        markdown -> {
          var text = new CountingText(markdown);
          var title = MarkdownRenderer.firstHeading(text);
          assertThat(text.reads()).isLessThanOrEqualTo(4L * markdown.length() + 16);
          assertThat(markdown).contains(title);
        });
  }

  @Test
  void leavesAtMostTheAllowedOpenersUnescaped() {
    Property.forAllTexts(
        6,
        500,
        random -> MarkdownGenerator.deep(random, 16_000),
        markdown -> {
          var lines = SourceLines.empty();
          for (var line : markdown.split("\n", -1)) {
            lines.addLine(SourceLine.of(line, null));
          }
          var limited = BracketLimit.apply(lines).getContent();
          assertThat(mostPairsAroundAPoint(limited)).isLessThanOrEqualTo(BracketLimit.MAX_OPEN);
          // Only backslashes are added.
          assertThat(limited.replace("\\", "")).isEqualTo(markdown.replace("\\", ""));
        });
  }

  // max over points of min(openers before, closers after), with the limit's own reading of escapes
  private static int mostPairsAroundAPoint(String text) {
    int closers = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\\'
          && i + 1 < text.length()
          && isAsciiPunctuation(text.charAt(i + 1))) {
        i++;
      } else if (text.charAt(i) == ']') {
        closers++;
      }
    }
    int openers = 0;
    int most = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
        i++;
      } else if (c == '[') {
        openers++;
      } else if (c == ']') {
        closers--;
      }
      most = Math.max(most, Math.min(openers, closers));
    }
    return most;
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }

  @Test
  void leavesOrdinaryCodeSpansAlone() {
    Property.forAllTexts(
        7,
        1_000,
        random -> MarkdownGenerator.markdown(random, 200),
        markdown -> {
          var lines = SourceLines.of(SourceLine.of(markdown, null));
          assertThat(CodeSpanLimit.apply(lines)).isSameAs(lines);
        });
  }

  /** The '<' rule of MarkdownRenderer before this change, with the autolink left to commonmark's own parser. */
  private static final class ReferenceAngleBrackets implements InlineContentParserFactory {

    private static final Pattern AUTOLINK =
        Pattern.compile(
            "[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\\s<>]*"
                + "|[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('<');
    }

    @Override
    public InlineContentParser create() {
      return state -> {
        var scanner = state.scanner();
        var start = scanner.position();
        scanner.next();
        var afterBracket = scanner.position();
        var candidate = new StringBuilder();
        while (candidate.length() <= 2048) {
          char c = scanner.peek();
          if (c == '>') {
            if (AUTOLINK.matcher(candidate).matches()) {
              scanner.setPosition(start);
              return ParsedInline.none();
            }
            break;
          }
          if (c == Scanner.END || c == '<' || c == '\n' || Character.isWhitespace(c)) {
            break;
          }
          candidate.append(c);
          scanner.next();
        }
        scanner.setPosition(afterBracket);
        return ParsedInline.of(new Text("<"), afterBracket);
      };
    }
  }
}
