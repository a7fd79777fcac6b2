package org.deliberation.core.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Statements on a few clear subjects, drawn from a seed: each names its subject's phrase and two of its words. */
final class Corpus {

  record Subject(String phrase, List<String> words) {}

  static final List<Subject> ENGLISH =
      List.of(
          new Subject(
              "bike lanes", List.of("cyclists", "helmets", "commute", "downtown", "safety")),
          new Subject(
              "public transport", List.of("buses", "trams", "fares", "timetables", "metro")),
          new Subject(
              "social housing", List.of("rents", "tenants", "landlords", "apartments", "shelter")),
          new Subject(
              "school meals", List.of("children", "lunch", "canteens", "nutrition", "kids")),
          new Subject(
              "city parks", List.of("trees", "gardens", "benches", "playgrounds", "lawns")));

  static final List<Subject> FRENCH =
      List.of(
          new Subject(
              "pistes cyclables", List.of("cyclistes", "casques", "trajets", "centre", "sécurité")),
          new Subject(
              "transports en commun", List.of("bus", "tramways", "tarifs", "horaires", "métro")),
          new Subject(
              "logement social", List.of("loyers", "locataires", "propriétaires", "appartements")),
          new Subject(
              "cantine scolaire", List.of("enfants", "repas", "nutrition", "élèves", "menus")),
          new Subject("jardins publics", List.of("arbres", "pelouses", "bancs", "fleurs", "étés")));

  // Four ways of writing a statement, so that the subject's phrase is what its statements share.
  private static final List<String> ENGLISH_FORMS =
      List.of(
          "We need more %s for the %s and the %s",
          "The %2$s and the %3$s depend on %1$s",
          "Without %s our %s will suffer, like the %s",
          "Stop cutting %s: think of %s, think of %s");
  private static final List<String> FRENCH_FORMS =
      List.of(
          "Il faut plus de %s pour les %s et les %s",
          "Les %2$s et les %3$s dépendent des %1$s",
          "Sans %s nos %s vont souffrir, comme les %s",
          "Il faut arrêter de réduire les %s : pensez aux %s, pensez aux %s");

  private Corpus() {}

  /** {@code each} statements per subject, interleaved as if posted in turn, ids "s1", "s2"… from {@code first}. */
  static List<TopicInput> statements(List<Subject> subjects, int each, long seed, int first) {
    var random = new SplittableRandom(seed);
    var forms = subjects == FRENCH ? FRENCH_FORMS : ENGLISH_FORMS;
    var inputs = new ArrayList<TopicInput>();
    for (int i = 0; i < each; i++) {
      for (var subject : subjects) {
        var words = subject.words();
        var a = words.get(random.nextInt(words.size()));
        var b = words.get(random.nextInt(words.size()));
        var text =
            String.format(
                java.util.Locale.ROOT,
                forms.get(random.nextInt(forms.size())),
                subject.phrase(),
                a,
                b);
        inputs.add(new TopicInput("s" + (first + inputs.size()), text));
      }
    }
    return inputs;
  }
}
