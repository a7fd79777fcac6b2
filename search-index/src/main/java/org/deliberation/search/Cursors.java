package org.deliberation.search;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque cursor of the next page: the sort values of the last result shown (its score, then its key, which breaks
 * ties), so the next page starts right after it whatever was merged or refreshed in between, unlike a document number.
 *
 * <p>Layout, URL-safe Base64 without padding: version (1 byte), a fingerprint of the search (4), the score's bits (4),
 * the key in UTF-8, then a CRC-32 of all that (4). The checksum makes any edited cursor a {@link BadQueryException},
 * and the fingerprint one carried over to another search. It is not a secret: a forged cursor can only skip results
 * of a search that anyone can run.
 */
final class Cursors {

  private static final byte VERSION = 1;
  private static final int HEADER = 1 + Integer.BYTES + Float.BYTES;
  private static final int MAX_LENGTH = 2_000;
  private static final String INVALID =
      "This link to more results is broken or belongs to another search; "
          + "run the search again.";

  private Cursors() {}

  static String encode(int fingerprint, float score, String key) {
    var keyBytes = key.getBytes(StandardCharsets.UTF_8);
    var buffer = ByteBuffer.allocate(HEADER + keyBytes.length + Integer.BYTES);
    buffer.put(VERSION).putInt(fingerprint).putFloat(score).put(keyBytes);
    buffer.putInt(checksum(buffer.array(), buffer.position()));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }

  /**
   * The position after which the next page starts, for {@code IndexSearcher.searchAfter} with a sort on score then
   * key.
   *
   * @param maxDoc the searcher's {@code maxDoc()}: the position is after every document tied on score and key, and
   *     the key is unique, so that is the document itself; Lucene wants a document number below it
   * @throws BadQueryException unless the cursor was made by {@link #encode} for a search with this fingerprint
   */
  static FieldDoc decode(String cursor, int fingerprint, int maxDoc) {
    if (cursor.length() > MAX_LENGTH) {
      throw new BadQueryException("cursor", INVALID);
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException notBase64) {
      throw new BadQueryException("cursor", INVALID);
    }
    if (bytes.length < HEADER + Integer.BYTES) {
      throw new BadQueryException("cursor", INVALID);
    }
    var buffer = ByteBuffer.wrap(bytes);
    int payload = bytes.length - Integer.BYTES;
    if (buffer.getInt(payload) != checksum(bytes, payload)
        || buffer.get() != VERSION
        || buffer.getInt() != fingerprint) {
      throw new BadQueryException("cursor", INVALID);
    }
    float score = buffer.getFloat();
    if (!Float.isFinite(score)) {
      throw new BadQueryException("cursor", INVALID);
    }
    String key;
    try {
      key =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, HEADER, payload - HEADER))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BadQueryException("cursor", INVALID);
    }
    return new FieldDoc(Math.max(0, maxDoc - 1), score, new Object[] {score, new BytesRef(key)});
  }

  /** Identifies a search by everything that decides its results, but not its page size. */
  static int fingerprint(SearchQuery query) {
    var canonical =
        String.join(
            "\u0000",
            query.text(),
            String.join("\u0001", new TreeSet<>(query.projects())),
            query.types().stream()
                .map(DocumentType::value)
                .sorted()
                .collect(Collectors.joining("\u0001")),
            query.stance() == null ? "" : query.stance().name());
    if (query.topic() != null) {
      // Only then: the cursors of searches without a topic stay what they were.
      canonical += "\u0000topic:" + query.topic();
    }
    var bytes = canonical.getBytes(StandardCharsets.UTF_8);
    return checksum(bytes, bytes.length);
  }

  private static int checksum(byte[] bytes, int length) {
    var crc = new CRC32();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }
}
