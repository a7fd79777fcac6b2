package org.deliberation.web.notification.inbox;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a notification (or a feed entry) tells, with its text in English and in French. {@code {0}}, {@code {1}} are
 * the notification's arguments, in order (the title of its project or petition first). A new kind is a constant here
 * and one handler in {@link NotificationProjection}.
 */
public enum NotificationKind {
  /** Its second argument is the stage's name ({@code DELIBERATION}), shown in the reader's words. */
  STAGE_CHANGED("“{0}” moved to the stage: {1}.", "« {0} » est passé à l’étape : {1}."),
  RESPONSE_PUBLISHED("The authority answered “{0}”.", "L’autorité a répondu à « {0} »."),
  REPLY_SUPPORTS(
      "A statement supports yours in “{0}”: {1}",
      "Une contribution soutient la vôtre dans « {0} » : {1}"),
  REPLY_CONTRADICTS(
      "A statement contradicts yours in “{0}”: {1}",
      "Une contribution contredit la vôtre dans « {0} » : {1}"),
  STATEMENT_HIDDEN(
      "A moderator hid your statement in “{0}”. The reason: {1}",
      "Un modérateur a masqué votre contribution dans « {0} ». Motif : {1}"),
  STATEMENT_RESTORED(
      "A moderator restored your statement in “{0}”. The reason: {1}",
      "Un modérateur a rétabli votre contribution dans « {0} ». Motif : {1}"),
  /** Its arguments: the decision ({@code TAKEN_UP}), shown in the reader's words, the reason. */
  DECISION_RECORDED(
      "The authority answered a point of “{0}”: {1}. The reason: {2}",
      "L’autorité a répondu à un point de « {0} » : {1}. Motif : {2}"),
  /** Its second argument is the count that crossed the line. */
  PETITION_RESPONSE_DUE(
      "“{0}” reached {1} signatures: the authority owes it an answer.",
      "« {0} » a atteint {1} signatures : l’autorité lui doit une réponse."),
  PETITION_ON_AGENDA(
      "“{0}” reached {1} signatures: it is on the authority’s agenda.",
      "« {0} » a atteint {1} signatures : elle est à l’ordre du jour de l’autorité."),
  PETITION_ANSWERED(
      "The authority answered the petition “{0}”.", "L’autorité a répondu à la pétition « {0} »."),
  PETITION_PROJECT_OPENED(
      "A wikiproject was opened from the petition “{0}”.",
      "Un wikiprojet a été ouvert à partir de la pétition « {0} »."),
  PETITION_CLOSED(
      "The petition “{0}” is closed: it takes no more signatures.",
      "La pétition « {0} » est close : elle ne reçoit plus de signature."),
  PETITION_HIDDEN(
      "A moderator hid your petition “{0}”. The reason: {1}",
      "Un modérateur a masqué votre pétition « {0} ». Motif : {1}"),
  PETITION_RESTORED(
      "A moderator restored your petition “{0}”. The reason: {1}",
      "Un modérateur a rétabli votre pétition « {0} ». Motif : {1}"),
  /** Feeds only: a new page is news for readers of the feed, not worth an inbox. */
  PAGE_CREATED("New page in “{0}”: {1}", "Nouvelle page dans « {0} » : {1}"),
  /** Feeds only. */
  PAGE_EDITED("Page edited in “{0}”: {1}", "Page modifiée dans « {0} » : {1}");

  private final String english;
  private final String french;

  NotificationKind(String english, String french) {
    this.english = english;
    this.french = french;
  }

  /** The stages' names, as the pages say them (messages*.properties, {@code stage.*}). */
  private static final Map<String, List<String>> STAGES =
      Map.of(
          "DRAFT", List.of("Draft", "Brouillon"),
          "DELIBERATION", List.of("Deliberation", "Délibération"),
          "SYNTHESIS", List.of("Synthesis", "Synthèse"),
          "DECIDED", List.of("Decided", "Décidé"));

  /** The decisions on a point, as the accountability page says them. */
  private static final Map<String, List<String>> DECISIONS =
      Map.of(
          "TAKEN_UP", List.of("taken up", "retenu"),
          "REJECTED", List.of("rejected", "rejeté"),
          "DEFERRED", List.of("deferred", "reporté"));

  /** The text in a language ({@code fr}, anything else is English), with its arguments in place. */
  public String text(String language, List<String> arguments) {
    boolean french = "fr".equals(language);
    var words = this == STAGE_CHANGED ? STAGES : this == DECISION_RECORDED ? DECISIONS : null;
    if (words != null && arguments.size() > 1 && words.containsKey(arguments.get(1))) {
      var named = new java.util.ArrayList<>(arguments);
      named.set(1, words.get(arguments.get(1)).get(french ? 1 : 0));
      arguments = named;
    }
    var text = french ? this.french : english;
    // Placeholders are replaced one pass each, so an argument that contains "{1}" stays as written.
    var out = new StringBuilder(text.length() + 64);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && i + 2 < text.length() && text.charAt(i + 2) == '}') {
        int index = text.charAt(i + 1) - '0';
        if (index >= 0 && index < arguments.size()) {
          out.append(arguments.get(index));
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A kind stored by a newer version reads as none: the item is skipped rather than failing the inbox. */
  static @Nullable NotificationKind parse(String name) {
    try {
      return valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
