package org.deliberation.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a person typed into a bounded query, or refuses it with a {@link BadQueryException} that says why.
 *
 * <p>Lucene's {@link SimpleQueryParser} never throws on its input: an unbalanced quote or parenthesis is read as
 * text. Of its operators, phrases, {@code +}, {@code -}, {@code |}, parentheses, escapes and a trailing {@code *} are
 * kept; fuzzy and proximity ({@code ~}) are off, and there are no wildcards inside words, so no query expands a
 * pattern over the whole term dictionary. What is left is bounded by the input: at most {@link #MAX_LENGTH}
 * characters and {@link #MAX_WORDS} words, each a handful of term queries, and prefixes of at least
 * {@link #MIN_PREFIX_LENGTH} characters, matched in constant-score blocks.
 *
 * <p>Each word is searched in the English and French fields of titles and texts, so a query in either language finds
 * documents in both; the words must all match unless joined by {@code |}.
 */
final class UserQueryParser {

  static final int MAX_LENGTH = 500;

  static final int MAX_WORDS = 32;

  /** A one-letter prefix matches nearly every document and ranks none: it is searched as a word instead. */
  static final int MIN_PREFIX_LENGTH = 2;

  private static final int OPERATORS =
      SimpleQueryParser.AND_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.PREFIX_OPERATOR
          | SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS
          | SimpleQueryParser.ESCAPE_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR;

  private final Analyzer analyzer;

  UserQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The query for a search text.
   *
   * @throws BadQueryException when the text is blank, too long, has too many words, or nothing to look for
   */
  Query parse(String text) {
    if (text.isBlank()) {
      throw new BadQueryException("q", "Type a word to search for.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new BadQueryException(
          "q",
          "A search can be "
              + MAX_LENGTH
              + " characters long at most, and this one has "
              + text.length()
              + ". Keep its most telling words.");
    }
    int words = Tokens.of(analyzer, Fields.TEXT_FOLDED, text).size();
    if (words > MAX_WORDS) {
      throw new BadQueryException(
          "q",
          "A search can have "
              + MAX_WORDS
              + " words at most, and this one has "
              + words
              + ". Keep its most telling words.");
    }
    // A new parser per search: it is cheap, and SimpleQueryParser does not promise to be thread
    // safe.
    var query = new Parser(analyzer).parse(text);
    if (!looksForSomething(query)) {
      throw new BadQueryException(
          "q",
          "This search has no word to look for: very common words (\"the\", \"le\"), "
              + "operators and excluded words find nothing alone. Add a word.");
    }
    return query;
  }

  /** True when the query matches some term outside a negation; false for stop words alone, or only {@code -word}. */
  private static boolean looksForSomething(Query query) {
    return !QueryTerms.of(query).fields().isEmpty();
  }

  private static final class Parser extends SimpleQueryParser {

    Parser(Analyzer analyzer) {
      super(analyzer, Fields.SEARCHED, OPERATORS);
      setDefaultOperator(BooleanClause.Occur.MUST);
    }

    /**
     * A prefix is matched against the folded fields, whose terms are whole words. Anything but one clean word of
     * {@link #MIN_PREFIX_LENGTH} letters or more, such as {@code *a*b*c*}, is searched as words instead.
     */
    @Override
    protected Query newPrefixQuery(String text) {
      var words = Tokens.of(getAnalyzer(), Fields.TEXT_FOLDED, text);
      if (words.size() != 1 || words.getFirst().length() < MIN_PREFIX_LENGTH) {
        return newDefaultQuery(text);
      }
      var prefix = words.getFirst();
      return new BooleanQuery.Builder()
          .add(
              new BoostQuery(
                  new PrefixQuery(new Term(Fields.TITLE_FOLDED, prefix)), Fields.TITLE_BOOST),
              BooleanClause.Occur.SHOULD)
          .add(new PrefixQuery(new Term(Fields.TEXT_FOLDED, prefix)), BooleanClause.Occur.SHOULD)
          .build();
    }
  }
}
