package org.deliberation.core.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;
import org.carrot2.language.Stemmer;
import org.carrot2.language.StopwordFilter;
import org.carrot2.text.preprocessing.LabelFormatter;
import org.deliberation.core.project.Language;

/**
 * Carrot2's resources for a project's language (its English or French stemmer, stop words and label filters), with
 * the stop words completed: Carrot2's French list spells many words without their accents ("apres", "tres") and
 * lacks pronouns and the verbs of every proposal ("il faut", "devrait"), which would otherwise become topic labels.
 * A word is a stop word when it or its unaccented spelling is in either list.
 */
final class TopicLanguage {

  private static final Set<String> MORE_FRENCH =
      Set.of(
          "il",
          "ils",
          "elle",
          "elles",
          "on",
          "je",
          "tu",
          "nous",
          "vous",
          "me",
          "te",
          "se",
          "lui",
          "y",
          "en",
          "etre",
          "ete",
          "faut",
          "falloir",
          "fait",
          "faire",
          "cela",
          "ca",
          "ceci",
          "nos",
          "vos",
          "mes",
          "tes",
          "ses",
          "leurs",
          "devrait",
          "devraient",
          "doit",
          "doivent",
          "devons",
          "peuvent",
          "pourrait",
          "pourraient",
          "serait",
          "seraient",
          "sera",
          "seront",
          "ont",
          "avons",
          "avez",
          "mettre",
          "chaque",
          "ainsi",
          "deja",
          "tres",
          "meme",
          "memes",
          "ou",
          "la",
          "plutot",
          "afin",
          "etc",
          "vraiment",
          "toujours",
          "jamais",
          "rien",
          "quelque",
          "quelques",
          "certains",
          "certaines",
          "beaucoup",
          "trop",
          "moins",
          "non",
          "oui",
          "bien",
          "mieux",
          "d",
          "l",
          "qu",
          "c",
          "j",
          "n",
          "s",
          "m",
          "t");

  private static final Set<String> MORE_ENGLISH =
      Set.of(
          "think", "people", "really", "lot", "lots", "get", "got", "make", "makes", "made", "way",
          "ways", "thing", "things", "etc", "yes", "no", "ok", "s", "t", "don", "doesn", "isn",
          "aren", "won", "shouldn", "can't", "don't", "it's", "i'm", "we're", "they're");

  private static final Map<Language, LanguageComponents> COMPONENTS = load();

  private TopicLanguage() {}

  static LanguageComponents components(Language language) {
    return COMPONENTS.get(language);
  }

  /** The stem of a lower-case word, or the word itself when the stemmer leaves it. */
  static String stem(Stemmer stemmer, String word) {
    var stem = stemmer.stem(word);
    return stem == null ? word : stem.toString();
  }

  /** Lower case, without accents: the form stop words are compared in. */
  static String fold(CharSequence word) {
    var lower = word.toString().toLowerCase(Locale.ROOT);
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static String join(char[][] images) {
    var label = new StringBuilder();
    for (var image : images) {
      if (!label.isEmpty()) {
        label.append(' ');
      }
      label.append(image);
    }
    return label.toString();
  }

  private static Map<Language, LanguageComponents> load() {
    try {
      var loaded =
          LanguageComponents.loader()
              .limitToLanguages("English", "French")
              .limitToAlgorithms(new LingoClusteringAlgorithm())
              .load();
      var components = new EnumMap<Language, LanguageComponents>(Language.class);
      components.put(Language.en, completed(loaded.language("English"), MORE_ENGLISH));
      components.put(Language.fr, completed(loaded.language("French"), MORE_FRENCH));
      return components;
    } catch (IOException e) {
      throw new UncheckedIOException("Carrot2's language resources could not be read", e);
    }
  }

  // Carrot2's filter answers true for a word to keep. Labels keep the words as the statements write
  // them (Carrot2's formatter would capitalize each one): a label is a phrase the statements use.
  private static LanguageComponents completed(LanguageComponents base, Set<String> more) {
    return base.override(
            LabelFormatter.class, () -> (LabelFormatter) (images, stopwords) -> join(images))
        .override(
            StopwordFilter.class,
            (Supplier<StopwordFilter> original) ->
                () -> {
                  var filter = original.get();
                  return word -> {
                    var folded = fold(word);
                    return filter.test(word) && filter.test(folded) && !more.contains(folded);
                  };
                });
  }
}
