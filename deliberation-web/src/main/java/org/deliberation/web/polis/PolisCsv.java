package org.deliberation.web.polis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.deliberation.web.platform.http.BadRequestException;

/**
 * Reads Pol.is's export files (Apache Commons CSV does the quoting) and checks every line before anything is
 * imported, so a malformed file is refused whole, with the line to fix.
 */
public final class PolisCsv {

  static final List<String> COMMENT_COLUMNS =
      List.of(
          "timestamp",
          "datetime",
          "comment-id",
          "author-id",
          "agrees",
          "disagrees",
          "moderated",
          "comment-body");
  static final List<String> VOTE_COLUMNS =
      List.of("timestamp", "datetime", "comment-id", "voter-id", "vote");
  static final int MAX_COMMENT = 5000;
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  public static PolisConversation parse(String comments, String votes) {
    var commentRows = new ArrayList<PolisConversation.Comment>();
    var ids = new HashSet<String>();
    for (var row : read("comments", comments, COMMENT_COLUMNS)) {
      var id = id("comments", row, "comment-id");
      if (!ids.add(id)) {
        throw malformed("comments", row, "comment-id " + id + " appears twice");
      }
      int moderated = integer("comments", row, "moderated");
      if (moderated < -1 || moderated > 1) {
        throw malformed("comments", row, "moderated must be -1, 0 or 1, not " + moderated);
      }
      var body = row.get("comment-body").strip();
      if (body.isEmpty() || body.length() > MAX_COMMENT) {
        throw malformed(
            "comments", row, "comment-body must hold 1 to " + MAX_COMMENT + " characters");
      }
      commentRows.add(
          new PolisConversation.Comment(
              timestamp("comments", row), id, id("comments", row, "author-id"), moderated, body));
    }
    var voteRows = new ArrayList<PolisConversation.VoteRow>();
    for (var row : read("votes", votes, VOTE_COLUMNS)) {
      var comment = id("votes", row, "comment-id");
      if (!ids.contains(comment)) {
        throw malformed("votes", row, "comment-id " + comment + " is not in comments.csv");
      }
      int vote = integer("votes", row, "vote");
      if (vote < -1 || vote > 1) {
        throw malformed(
            "votes", row, "vote must be 1 (agree), -1 (disagree) or 0 (pass), not " + vote);
      }
      voteRows.add(
          new PolisConversation.VoteRow(
              timestamp("votes", row), comment, id("votes", row, "voter-id"), vote));
    }
    return new PolisConversation(commentRows, voteRows);
  }

  private static List<CSVRecord> read(String file, String text, List<String> columns) {
    var format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();
    // Spreadsheets save UTF-8 with a byte order mark (U+FEFF); kept, it would become part of the
    // first column name.
    var content = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    CSVParser parser;
    try {
      parser = CSVParser.parse(new StringReader(content), format);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          file,
          file
              + ".csv, line 1: the header has an empty or a repeated column name; "
              + "expected the Pol.is export columns "
              + String.join(",", columns)
              + ". Nothing was imported.");
    } catch (IOException | UncheckedIOException e) {
      throw new BadRequestException(
          file,
          file
              + ".csv, line 1: the header cannot be read as CSV ("
              + unreadable(e)
              + "). Nothing was imported.");
    }
    try (parser) {
      Set<String> header =
          parser.getHeaderMap() == null ? Set.of() : parser.getHeaderMap().keySet();
      var missing = columns.stream().filter(column -> !header.contains(column)).toList();
      if (!missing.isEmpty()) {
        throw new BadRequestException(
            file,
            file
                + ".csv, line 1: the header lacks "
                + String.join(", ", missing)
                + "; expected the Pol.is export columns "
                + String.join(",", columns)
                + ". Nothing was imported.");
      }
      var rows = new ArrayList<CSVRecord>();
      var iterator = parser.iterator();
      while (true) {
        CSVRecord row;
        try {
          if (!iterator.hasNext()) {
            break;
          }
          row = iterator.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          // The record that failed is the one after the last read; lines count as in malformed().
          throw new BadRequestException(
              file,
              file
                  + ".csv, line "
                  + (parser.getRecordNumber() + 2)
                  + ": "
                  + unreadable(e)
                  + ". Nothing was imported.");
        }
        if (!row.isConsistent()) {
          throw malformed(
              file,
              row,
              "expected " + parser.getHeaderNames().size() + " fields, found " + row.size());
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new BadRequestException(
          file, file + ".csv cannot be read: " + unreadable(e) + ". Nothing was imported.");
    }
  }

  /**
   * What is wrong with a line Commons CSV cannot read, in words a person can act on: its messages name its own
   * exception classes and count lines its own way, so they are recognised here and never shown.
   */
  private static String unreadable(Exception e) {
    var message = String.valueOf(e.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "a quoted field opens here and its closing quote never comes; close it, and write a quote inside a "
          + "quoted field as two quotes (\"\")";
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return "a quoted field's closing quote is followed by other characters before the next comma; quote the "
          + "whole field, and write a quote inside it as two quotes (\"\")";
    }
    return "the line is not valid CSV; check its quotes and commas";
  }

  private static String id(String file, CSVRecord row, String column) {
    var value = row.get(column).strip();
    if (value.isEmpty() || value.length() > 64) {
      throw malformed(file, row, column + " must be an id of 1 to 64 characters");
    }
    return value;
  }

  private static long timestamp(String file, CSVRecord row) {
    try {
      long millis = Long.parseLong(row.get("timestamp").strip());
      if (millis >= 0) {
        return millis;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw malformed(
        file, row, "timestamp must be milliseconds since 1970, not '" + row.get("timestamp") + "'");
  }

  private static int integer(String file, CSVRecord row, String column) {
    try {
      return Integer.parseInt(row.get(column).strip());
    } catch (NumberFormatException e) {
      throw malformed(file, row, column + " must be a whole number, not '" + row.get(column) + "'");
    }
  }

  private static BadRequestException malformed(String file, CSVRecord row, String problem) {
    // Lines count the header as line 1 and one line per record (a quoted body may span several
    // lines of the file).
    return new BadRequestException(
        file,
        file
            + ".csv, line "
            + (row.getRecordNumber() + 1)
            + ": "
            + problem
            + ". Nothing was imported.");
  }

  private PolisCsv() {}
}
