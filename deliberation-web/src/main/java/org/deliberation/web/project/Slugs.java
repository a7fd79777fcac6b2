package org.deliberation.web.project;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL names made from titles: "Réforme du calendrier scolaire" becomes "reforme-du-calendrier-scolaire". */
public final class Slugs {

  public static String fromTitle(String title) {
    var ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    var slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.length() < 2 ? "project" : slug;
  }

  private Slugs() {}
}
