package org.deliberation.web.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.client.MultipartBodyBuilder;

/** Pol.is export files for tests: the open data beside the clone, and multipart bodies made of them. */
public final class PolisFiles {

  /** The boundary of {@link #multipart(Map)} bodies. */
  public static final String BOUNDARY = "polis-test-boundary-7MA4YWxkTrZu0gW";

  /** A conversation's export files, read from {@code ../shared/data/polis}. */
  public record Conversation(String comments, String votes) {}

  /** The conversation's folder; the calling test skips itself, saying why, when the open data is absent. */
  public static Path folder(String name) {
    for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      var candidate = dir.resolveSibling("shared").resolve("data").resolve("polis").resolve(name);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    assumeTrue(
        false, "the Pol.is open data (../shared/data/polis) is not beside this clone: skipped");
    throw new IllegalStateException();
  }

  public static Conversation conversation(String name) {
    var folder = folder(name);
    try {
      return new Conversation(
          Files.readString(folder.resolve("comments.csv")),
          Files.readString(folder.resolve("votes.csv")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The two parts as a client sends them, each a file with its name. */
  public static MultipartBodyBuilder parts(String comments, String votes) {
    var body = new MultipartBodyBuilder();
    body.part("comments", file(comments, "comments.csv"));
    body.part("votes", file(votes, "votes.csv"));
    return body;
  }

  /** A multipart/form-data body written by hand (boundary {@link #BOUNDARY}), to send or to cut short. */
  public static byte[] multipart(String comments, String votes) {
    var files = new LinkedHashMap<String, String>();
    files.put("comments", comments);
    files.put("votes", votes);
    var out = new ByteArrayOutputStream();
    for (var file : files.entrySet()) {
      out.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\""
                  + file.getKey()
                  + "\"; filename=\""
                  + file.getKey()
                  + ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(file.getValue().getBytes(StandardCharsets.UTF_8));
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static ByteArrayResource file(String text, String name) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private PolisFiles() {}
}
