package org.deliberation.web.polis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.deliberation.web.deliberation.live.ExportSnapshot;

/**
 * Writes a project in Pol.is's export format. Imported participants and statements get their Pol.is ids back; the
 * others are numbered after the largest imported id, so a round trip gives the source's rows again.
 *
 * <p>What the files never carry: a hidden statement's text, except for moderators (the public sees its row, marked
 * {@code moderated=-1}, with an empty body); personal data (participants are numbers, or their Pol.is ids, and an
 * erased participant keeps theirs, as the rest of the site keeps their statements and votes); and formulas. A cell
 * of text that came from a user (a statement, an id from an imported file) and starts with {@code = + - @}, a tab or
 * a carriage return is prefixed with a single quote, as OWASP recommends against CSV injection, so that a
 * spreadsheet shows it instead of running it; the numbers this exporter writes itself ({@code -1} votes, ids it
 * numbered, timestamps) stay numbers.
 */
public final class PolisExport {

  /** Who the export is for: what a hidden statement's row shows. */
  public enum Audience {
    /** Anyone: a hidden statement's body is empty. */
    PUBLIC,
    /** Moderators and admins, who see hidden statements everywhere: its text. */
    MODERATORS
  }

  // The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+");

  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final ExportSnapshot snapshot;
  private final Audience audience;
  private final Map<String, String> participantNumbers = new HashMap<>();
  private final Map<String, String> statementNumbers = new HashMap<>();

  public PolisExport(ExportSnapshot snapshot, Audience audience) {
    this.snapshot = snapshot;
    this.audience = audience;
    long nextParticipant =
        1
            + snapshot.externalIds().values().stream()
                .mapToLong(PolisExport::number)
                .max()
                .orElse(-1);
    var order = new ArrayList<String>();
    snapshot.statements().forEach(statement -> order.add(statement.author()));
    snapshot.votes().forEach(vote -> order.add(vote.participant()));
    for (var participant : order) {
      if (!participantNumbers.containsKey(participant)) {
        var external = snapshot.externalIds().get(participant);
        participantNumbers.put(
            participant, external != null ? external : Long.toString(nextParticipant++));
      }
    }
    long nextStatement =
        1
            + snapshot.statements().stream()
                .filter(s -> s.externalId() != null)
                .mapToLong(s -> number(s.externalId()))
                .max()
                .orElse(-1);
    for (var statement : snapshot.statements()) {
      statementNumbers.put(
          statement.id(),
          statement.externalId() != null ? statement.externalId() : Long.toString(nextStatement++));
    }
  }

  public String comments() {
    return csv(
        PolisCsv.COMMENT_COLUMNS,
        printer -> {
          for (var statement : snapshot.statements()) {
            var body =
                statement.hidden() && audience == Audience.PUBLIC ? "" : text(statement.text());
            printer.printRecord(
                statement.postedAt().toEpochMilli(),
                DATETIME.format(statement.postedAt()),
                id(statementNumbers.get(statement.id())),
                id(participantNumbers.get(statement.author())),
                statement.agree(),
                statement.disagree(),
                statement.hidden() ? -1 : 1,
                body);
          }
        });
  }

  public String votes() {
    return csv(
        PolisCsv.VOTE_COLUMNS,
        printer -> {
          for (var vote : snapshot.votes()) {
            printer.printRecord(
                vote.castAtMillis(),
                DATETIME.format(Instant.ofEpochMilli(vote.castAtMillis())),
                id(statementNumbers.get(vote.statement())),
                id(participantNumbers.get(vote.participant())),
                vote.vote());
          }
        });
  }

  /** One row per participant: their group (0 for the first label, 1 for the next...) and last vote on each. */
  public String participantsVotes() {
    var columns = new ArrayList<>(statementNumbers.values());
    columns.sort(
        Comparator.comparingLong(PolisExport::number).thenComparing(Comparator.naturalOrder()));
    var header =
        new ArrayList<>(
            List.of("participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"));
    columns.forEach(column -> header.add(id(column)));
    var labels = new ArrayList<>(new TreeSet<>(snapshot.groups().values()));
    var last = new LinkedHashMap<String, Map<String, Integer>>();
    participantNumbers.keySet().stream()
        .sorted(Comparator.comparingLong((String p) -> number(participantNumbers.get(p))))
        .forEach(participant -> last.put(participant, new HashMap<>()));
    snapshot
        .votes()
        .forEach(
            vote ->
                last.get(vote.participant())
                    .put(statementNumbers.get(vote.statement()), vote.vote()));
    var authored = new HashMap<String, Integer>();
    snapshot.statements().forEach(statement -> authored.merge(statement.author(), 1, Integer::sum));
    return csv(
        header,
        printer -> {
          for (var entry : last.entrySet()) {
            var votes = entry.getValue();
            var group = snapshot.groups().get(entry.getKey());
            var row =
                new ArrayList<Object>(
                    List.of(
                        id(participantNumbers.get(entry.getKey())),
                        group == null ? "" : labels.indexOf(group),
                        authored.getOrDefault(entry.getKey(), 0),
                        votes.size(),
                        votes.values().stream().filter(v -> v > 0).count(),
                        votes.values().stream().filter(v -> v < 0).count()));
            for (var column : columns) {
              var vote = votes.get(column);
              row.add(vote == null ? "" : vote);
            }
            printer.printRecord(row);
          }
        });
  }

  private interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  private static String csv(List<String> header, Rows rows) {
    var out = new StringWriter();
    var format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(header.toArray(String[]::new))
            .setRecordSeparator('\n')
            .get();
    try (var printer = new CSVPrinter(out, format)) {
      rows.print(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A cell of text a user wrote, neutralised when a spreadsheet would run it as a formula. */
  static String text(String value) {
    return value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0 ? value : "'" + value;
  }

  /** An id: a number stays one; an id that is not (it came from an imported file) is text like any other. */
  static String id(String value) {
    return NUMBER.matcher(value).matches() ? value : text(value);
  }

  // Pol.is ids are numbers; an id that is not one sorts first and never raises the numbering.
  private static long number(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
