package org.deliberation.core.readability;

import java.util.ArrayList;
import java.util.List;
import org.deliberation.core.markdown.MarkdownRenderer;

/**
 * Scores how hard a text is to read, in one pass (docs/readability.md).
 *
 * <p>What is counted: a word is a run of letters and digits, joined by an inner hyphen or apostrophe ("well-known",
 * "don't", "aujourd'hui" are one word each), and "3.5" or "1,000" is one word; its syllables are counted part by part between hyphens (and, in French,
 * elisions), at least one per word. A sentence ends at a line (every rendered block is a line: a heading or a list
 * item is a sentence even without a full stop), at {@code !}, {@code ?} or {@code …}, and at a {@code .} followed by
 * a space and a word that does not start in lower case, so that "e.g. this" and "3.5" do not end one.
 *
 * <p>Linear in the text, with output bounded by {@link Readability#MAX_HARD_SENTENCES} and {@link
 * Readability#MAX_SENTENCE_CHARS}; thread safe.
 */
public final class ReadabilityScorer {

  private final MarkdownRenderer markdown;

  public ReadabilityScorer(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  /** The readability of a page's Markdown, counted on its rendered prose ({@link MarkdownRenderer#prose}). */
  public Readability ofMarkdown(String text, Formula formula) {
    return score(markdown.prose(text), formula);
  }

  /** The readability of prose, one block per line. */
  public static Readability score(CharSequence prose, Formula formula) {
    var scan = new Scan(prose, Syllables.of(formula), formula);
    scan.run();
    return scan.result();
  }

  /** The state of one pass. */
  private static final class Scan {
    private final CharSequence text;
    private final Syllables syllables;
    private final Formula formula;
    private final HardestSentences hardest;
    private final StringBuilder part = new StringBuilder();

    private long words;
    private long sentences;
    private long totalSyllables;

    private int sentenceStart = -1;
    private int sentenceEnd;
    private int sentenceWords;
    private int sentenceSyllables;

    private boolean inWord;
    private int wordSyllables;
    // a terminal seen since the last word: 0 none, '.' a full stop, '!' any other
    private char terminal;
    private boolean spaceAfterTerminal;

    Scan(CharSequence text, Syllables syllables, Formula formula) {
      this.text = text;
      this.syllables = syllables;
      this.formula = formula;
      this.hardest = new HardestSentences(formula);
    }

    void run() {
      int n = text.length();
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          if (!inWord) {
            startWord(i, c);
          }
          part.append(Character.toLowerCase(c));
          sentenceEnd = i + 1;
        } else if (inWord && isJoiner(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
          // inside a word: English keeps "don't" as one part, French splits "l'eau" at the elision
          if (c == '-' || c == '‐' || formula == Formula.KANDEL_MOLES) {
            endPart();
          }
        } else if (inWord && isDecimalMark(c, i)) {
          // "3.5", "1,000": one number
        } else {
          if (inWord) {
            endWord();
          }
          if (c == '\n') {
            endSentence();
          } else if (c == '.' || c == '!' || c == '?' || c == '…') {
            if (sentenceStart >= 0) {
              terminal = c == '.' && terminal != '!' ? '.' : '!';
              spaceAfterTerminal = false;
              sentenceEnd = i + 1;
            }
          } else if (Character.isWhitespace(c) && terminal != 0) {
            spaceAfterTerminal = true;
          }
        }
      }
      if (inWord) {
        endWord();
      }
      endSentence();
    }

    private void startWord(int at, char first) {
      if (terminal != 0) {
        boolean abbreviation = terminal == '.' && Character.isLowerCase(first);
        if (spaceAfterTerminal && !abbreviation) {
          endSentence();
        }
        terminal = 0;
      }
      if (sentenceStart < 0) {
        sentenceStart = at;
      }
      inWord = true;
      wordSyllables = 0;
    }

    private void endPart() {
      wordSyllables += syllables.count(part);
      part.setLength(0);
    }

    private void endWord() {
      endPart();
      int counted = Math.max(1, wordSyllables);
      inWord = false;
      words++;
      totalSyllables += counted;
      sentenceWords++;
      sentenceSyllables += counted;
    }

    private void endSentence() {
      if (sentenceWords > 0) {
        sentences++;
        hardest.offer(sentenceStart, sentenceEnd, sentenceWords, sentenceSyllables);
      }
      sentenceStart = -1;
      sentenceWords = 0;
      sentenceSyllables = 0;
      terminal = 0;
    }

    Readability result() {
      if (words == 0) {
        return new Readability(null, null, null, List.of(), 0, 0, 0, formula);
      }
      double score = formula.score(words, sentences, totalSyllables);
      var grade = formula.grade(words, sentences, totalSyllables);
      return new Readability(
          Readability.round(score, 1),
          grade == null ? null : Readability.round(grade, 1),
          ReadingLevel.of(score),
          hardest.sentences(text),
          sentences,
          words,
          totalSyllables,
          formula);
    }

    private boolean isDecimalMark(char c, int i) {
      return (c == '.' || c == ',')
          && i > 0
          && i + 1 < text.length()
          && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1));
    }

    private static boolean isJoiner(char c) {
      return c == '\'' || c == '’' || c == '-' || c == '‐';
    }
  }

  /** The few hardest sentences seen so far, by their own score, lowest first; offsets only until the end. */
  private static final class HardestSentences {
    private final Formula formula;
    private final List<int[]> kept = new ArrayList<>();
    private final List<Double> scores = new ArrayList<>();

    HardestSentences(Formula formula) {
      this.formula = formula;
    }

    void offer(int start, int end, int words, int syllables) {
      double score = formula.score(words, 1, syllables);
      if (score >= ReadingLevel.STANDARD.from()) {
        return;
      }
      int at = 0;
      while (at < scores.size() && scores.get(at) <= score) {
        at++;
      }
      if (at >= Readability.MAX_HARD_SENTENCES) {
        return;
      }
      kept.add(at, new int[] {start, end, words, syllables});
      scores.add(at, score);
      if (kept.size() > Readability.MAX_HARD_SENTENCES) {
        kept.removeLast();
        scores.removeLast();
      }
    }

    List<HardSentence> sentences(CharSequence text) {
      var out = new ArrayList<HardSentence>(kept.size());
      for (int i = 0; i < kept.size(); i++) {
        var sentence = kept.get(i);
        int words = sentence[2];
        double perWord = (double) sentence[3] / words;
        var hints = Hints.of(formula, words, perWord);
        out.add(
            new HardSentence(
                excerpt(text, sentence[0], sentence[1]),
                words,
                Readability.round(perWord, 2),
                Readability.round(scores.get(i), 1),
                hints,
                hints.stream().map(hint -> hint.advice(formula, words, perWord)).toList()));
      }
      return out;
    }

    private static String excerpt(CharSequence text, int start, int end) {
      int cut = Math.min(end, start + Readability.MAX_SENTENCE_CHARS);
      var excerpt = text.subSequence(start, cut).toString();
      return cut < end ? excerpt + "…" : excerpt;
    }
  }
}
