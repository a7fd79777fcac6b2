package org.deliberation.web.polis;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.deliberation.web.platform.eventstore.WriteBarrier;
import org.springframework.stereotype.Component;

/**
 * The {@code job_inputs} collection: the files of each import, kept in the store (shared by every node, unlike a
 * local folder) until the import is done, so that an import interrupted by a crash resumes from the very bytes it
 * was given. A file is split in chunks well under MongoDB's 16 MB document limit; a manifest, written last, says how
 * many chunks each file has, so a manifest is only ever found beside complete files. Every read is by {@code _id}.
 *
 * <p>Blocking; thread safe.
 */
@Component
public class ImportInputs {

  static final int CHUNK_BYTES = 1024 * 1024;

  private final MongoCollection<Document> inputs;
  private final WriteBarrier barrier;

  public ImportInputs(MongoDatabase database, WriteBarrier barrier) {
    this.inputs =
        database
            .getCollection("job_inputs")
            .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    this.barrier = barrier;
  }

  /** Stores the files of a job, durably. */
  public void store(String job, ImportFiles files) {
    int comments = chunks(job, "comments", files.comments());
    int votes = chunks(job, "votes", files.votes());
    inputs.insertOne(new Document("_id", job).append("comments", comments).append("votes", votes));
    barrier.afterWrite();
  }

  /** The files of a job, or empty when they were not (completely) stored. */
  public Optional<ImportFiles> read(String job) {
    var manifest = inputs.find(eq("_id", job)).first();
    if (manifest == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ImportFiles(
            text(job, "comments", manifest.getInteger("comments")),
            text(job, "votes", manifest.getInteger("votes"))));
  }

  /** Deletes the files of a job that no longer needs them. */
  public void delete(String job) {
    var manifest = inputs.find(eq("_id", job)).first();
    if (manifest == null) {
      return;
    }
    inputs.deleteOne(eq("_id", job));
    var ids = new ArrayList<String>();
    ids.addAll(keys(job, "comments", manifest.getInteger("comments")));
    ids.addAll(keys(job, "votes", manifest.getInteger("votes")));
    inputs.deleteMany(in("_id", ids));
  }

  private int chunks(String job, String file, String text) {
    var bytes = text.getBytes(StandardCharsets.UTF_8);
    int count = Math.max(1, (bytes.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
    for (int n = 0; n < count; n++) {
      var chunk =
          Arrays.copyOfRange(bytes, n * CHUNK_BYTES, Math.min(bytes.length, (n + 1) * CHUNK_BYTES));
      inputs.insertOne(new Document("_id", key(job, file, n)).append("data", new Binary(chunk)));
    }
    return count;
  }

  private String text(String job, String file, int count) {
    var found = new HashMap<String, byte[]>();
    for (var document : inputs.find(in("_id", keys(job, file, count)))) {
      found.put(document.getString("_id"), document.get("data", Binary.class).getData());
    }
    var out = new ByteArrayOutputStream();
    for (var key : keys(job, file, count)) {
      var chunk = found.get(key);
      if (chunk == null) {
        throw new IllegalStateException(
            "the stored " + file + ".csv of import " + job + " lacks its chunk " + key);
      }
      out.writeBytes(chunk);
    }
    // Chunks split the UTF-8 bytes anywhere, even inside a character: decode only once they are
    // joined.
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> keys(String job, String file, int count) {
    var keys = new ArrayList<String>(count);
    for (int n = 0; n < count; n++) {
      keys.add(key(job, file, n));
    }
    return keys;
  }

  private static String key(String job, String file, int n) {
    return job + "/" + file + "/" + n;
  }
}
