package org.deliberation.core.synthesis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Pol.is open data beside the project ({@code ../shared/data/polis}, CC BY 4.0, read in place, never copied).
 * Tests that need it skip themselves, saying so, in a clone without it.
 */
public final class PolisData {

  /** One vote row of votes.csv. */
  public record VoteRow(long timestamp, String statement, String voter, int vote) {}

  public static Path folder(String conversation) {
    var here = Path.of("").toAbsolutePath();
    for (var dir = here; dir != null; dir = dir.getParent()) {
      var candidate =
          dir.resolveSibling("shared").resolve("data").resolve("polis").resolve(conversation);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    assumeTrue(
        false, "the Pol.is open data (../shared/data/polis) is not beside this clone: skipped");
    throw new IllegalStateException("unreachable");
  }

  /** Every vote row, in time order (ties keep the file's order). */
  public static List<VoteRow> votes(String conversation) {
    var rows = new ArrayList<VoteRow>();
    for (var record : read(folder(conversation).resolve("votes.csv"))) {
      rows.add(
          new VoteRow(
              Long.parseLong(record.get("timestamp")),
              record.get("comment-id"),
              record.get("voter-id"),
              Integer.parseInt(record.get("vote"))));
    }
    rows.sort(Comparator.comparingLong(VoteRow::timestamp));
    return rows;
  }

  /** One statement of comments.csv. */
  public record CommentRow(long timestamp, String statement, String text, int moderated) {}

  /** Every statement, in the order it was posted (ties by id, as numbers). */
  public static List<CommentRow> comments(String conversation) {
    var rows = new ArrayList<CommentRow>();
    for (var record : read(folder(conversation).resolve("comments.csv"))) {
      rows.add(
          new CommentRow(
              Long.parseLong(record.get("timestamp")),
              record.get("comment-id"),
              record.get("comment-body"),
              Integer.parseInt(record.get("moderated"))));
    }
    rows.sort(
        Comparator.comparingLong(CommentRow::timestamp)
            .thenComparingLong(row -> Long.parseLong(row.statement())));
    return rows;
  }

  /** The statements moderated out (moderated = -1). */
  public static Set<String> moderatedOut(String conversation) {
    var out = new HashSet<String>();
    for (var record : read(folder(conversation).resolve("comments.csv"))) {
      if ("-1".equals(record.get("moderated"))) {
        out.add(record.get("comment-id"));
      }
    }
    return out;
  }

  /** Pol.is's published group of each clustered participant. */
  public static Map<String, String> groups(String conversation) {
    var groups = new HashMap<String, String>();
    for (var record : read(folder(conversation).resolve("participants-votes.csv"))) {
      var group = record.get("group-id");
      if (group != null && !group.isBlank()) {
        groups.put(record.get("participant"), group);
      }
    }
    return groups;
  }

  /**
   * Replays the votes in time order with their instants, so that {@link VoteHistory} runs one Pol.is update per
   * second of votes (its {@link VoteHistory#BATCH_MILLIS}), then the moderation as published.
   */
  public static VoteHistory replay(String conversation) {
    return replay(votes(conversation), moderatedOut(conversation));
  }

  public static VoteHistory replay(List<VoteRow> votes, Set<String> moderatedOut) {
    var history = new VoteHistory();
    for (var vote : votes) {
      history.vote(vote.voter(), vote.statement(), vote.vote(), vote.timestamp());
    }
    history.tick();
    moderatedOut.forEach(statement -> history.moderate(statement, true));
    return history;
  }

  private static List<CSVRecord> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The five conversations of the open data, largest first. */
  public static final List<String> CONVERSATIONS =
      List.of(
          "scoop-hivemind.biodiversity",
          "canadian-electoral-reform",
          "scoop-hivemind.ubi",
          "brexit-consensus",
          "london.youth.policing");

  private PolisData() {}
}
