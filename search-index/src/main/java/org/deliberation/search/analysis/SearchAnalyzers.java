package org.deliberation.search.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The three analysis chains of the index. Each call returns a new analyzer; an analyzer is thread safe and meant to be
 * shared, and is closed with the index that uses it.
 *
 * <p>Both language chains drop the stop words of both languages. A query is searched in both language fields, each
 * word in either field, and the words of a query must all match: were "la" a stop word in French only, the English
 * field would keep it, and "la salle de sport" would miss "une salle de sport" for want of a "la". The few words the
 * two lists take from the other language ("a", "son") are the price.
 */
public final class SearchAnalyzers {

  /** English and French stop words together, case insensitive. */
  public static final CharArraySet STOP_WORDS = stopWords();

  private SearchAnalyzers() {}

  /** EnglishAnalyzer's chain: possessives, lower case, stop words, Porter stemming ("schools" → "school"). */
  public static Analyzer english() {
    return chain(
        words -> {
          TokenStream stream = new EnglishPossessiveFilter(words);
          stream = new LowerCaseFilter(stream);
          stream = new StopFilter(stream, STOP_WORDS);
          return new PorterStemFilter(stream);
        },
        LowerCaseFilter::new);
  }

  /**
   * French analysis: elision ("l'école" → "école"), lower case, stop words, accents folded ("école" → "ecole", so that
   * a query typed without accents matches), light stemming ("écoles" → "ecol").
   */
  public static Analyzer french() {
    return chain(
        words -> {
          TokenStream stream = new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
          stream = new LowerCaseFilter(stream);
          // Stop words before folding: the list is written with accents ("été", "à").
          stream = new StopFilter(stream, STOP_WORDS);
          stream = new ASCIIFoldingFilter(stream);
          return new FrenchLightStemFilter(stream);
        },
        SearchAnalyzers::folding);
  }

  /**
   * Whole words, lower case, accents folded and French elisions removed, nothing stemmed or dropped: the field that
   * prefixes are matched against, since a prefix of a word is rarely a prefix of its stem.
   */
  public static Analyzer folded() {
    return chain(
        words -> folding(new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES)),
        SearchAnalyzers::folding);
  }

  /** Standard tokenization followed by {@code filters}; {@code normalize} is what wildcard and prefix terms get. */
  private static Analyzer chain(
      UnaryOperator<TokenStream> filters, UnaryOperator<TokenStream> normalize) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalize.apply(in);
      }
    };
  }

  private static TokenStream folding(TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static CharArraySet stopWords() {
    var english = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    var french = FrenchAnalyzer.getDefaultStopSet();
    var both = new CharArraySet(english.size() + french.size(), true);
    both.addAll(english);
    both.addAll(french);
    return CharArraySet.unmodifiableSet(both);
  }
}
