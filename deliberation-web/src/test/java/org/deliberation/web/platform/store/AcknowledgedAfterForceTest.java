package org.deliberation.web.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store acknowledges a write only after the file holding it has been forced to disk: H2's file is an
 * instrumented one ({@link ForceGate}) whose force can be held, and the writes are sent over the wire protocol as the
 * app's nodes send them.
 */
class AcknowledgedAfterForceTest {

  @TempDir Path data;

  private ForceGate gate;
  private EmbeddedMongo store;
  private MongoClient client;
  private MongoCollection<Document> things;
  private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();

  @BeforeEach
  void open() {
    gate = ForceGate.install();
    store = new EmbeddedMongo(ForceGate.fileName(data), new InetSocketAddress("127.0.0.1", 0));
    client = MongoClients.create(store.connectionString());
    things = client.getDatabase("deliberation").getCollection("things");
    things.insertOne(new Document("_id", "created")); // the collection and its file exist
  }

  @AfterEach
  void close() {
    gate.open();
    writers.close();
    client.close();
    store.close();
  }

  @Test
  void aWriteIsNotAcknowledgedWhileItsForceIsHeldAndIsInTheForcedBytesOnceItIs() throws Exception {
    int before = gate.forces();
    gate.shut();
    var acknowledged = insert("marker-held");

    gate.awaitForceBegun(); // begun for this write, whose reply is held meanwhile
    assertThat(acknowledged).isNotDone();

    gate.passOne();
    assertThat(acknowledged.get()).as("in the bytes forced before the acknowledgement").isTrue();
    assertThat(gate.forces()).isEqualTo(before + 1);
  }

  @Test
  void writesFinishedWhileForcesRunShareTheNextForces() throws Exception {
    int before = gate.forces();
    gate.shut();
    var first = insert("marker-first");
    gate.awaitForceBegun();
    var others = new ArrayList<CompletableFuture<Boolean>>();
    for (int i = 0; i < 8; i++) {
      others.add(insert("marker-other-" + i));
    }
    // The writes go on while the forces are held: all eight are stored, none is acknowledged.
    Awaitility.await().until(() -> things.countDocuments(Filters.regex("_id", "^marker-")) == 9);
    assertThat(first).isNotDone();
    assertThat(others).noneMatch(CompletableFuture::isDone);

    gate.open();
    assertThat(first.get()).isTrue();
    for (var other : others) {
      assertThat(other.get()).isTrue();
    }
    // One force for the first; the eight share the one begun beside it (with those that had
    // finished by then) and at most one more, since no more than two forces run at once.
    assertThat(gate.forces() - before)
        .as("forces for nine writes")
        .isBetween(2, 1 + GroupForce.IN_FLIGHT);
  }

  @Test
  void aWriteFinishedWhileAForceIsHeldIsForcedBesideItWithoutWaitingForIt() throws Exception {
    gate.shut();
    var held = insert("marker-held");
    gate.awaitForceBegun();
    var beside = insert("marker-beside");
    // Without forces side by side the second force would begin only once the first ended.
    gate.awaitForceBegun();
    assertThat(held).isNotDone();
    assertThat(beside).isNotDone();

    gate.passOne(); // whichever force it lets through, the first write is covered by it
    assertThat(held.get()).as("in the bytes forced before the acknowledgement").isTrue();
    gate.open();
    assertThat(beside.get()).isTrue();
  }

  @Test
  void aWriteThatAsksForNoJournalIsAnsweredWithoutWaitingForTheForce() throws Exception {
    gate.shut();
    var held = insert("marker-journaled");
    gate.awaitForceBegun();
    var unjournaled =
        CompletableFuture.runAsync(
            () ->
                things
                    .withWriteConcern(WriteConcern.W1.withJournal(false))
                    .insertOne(new Document("_id", "marker-unjournaled")),
            writers);

    unjournaled.get(1, TimeUnit.MINUTES); // answered while the force is held (the bound: no hang)
    assertThat(held).isNotDone();
    gate.open();
    assertThat(held.get()).isTrue();
  }

  @Test
  void everyAcknowledgedWriteIsInTheBytesForcedBeforeItsAcknowledgement() throws Exception {
    List<CompletableFuture<List<String>>> clients = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      int client = c;
      clients.add(
          CompletableFuture.supplyAsync(
              () -> {
                var missing = new ArrayList<String>();
                for (int i = 0; i < 25; i++) {
                  var id = "doc-" + client + "-" + i;
                  var inserted = "inserted-" + client + "-" + i;
                  things.insertOne(new Document("_id", id).append("text", inserted));
                  check(inserted, missing);
                  var updated = "updated-" + client + "-" + i;
                  things.updateOne(Filters.eq("_id", id), Updates.set("text", updated));
                  check(updated, missing);
                  var modified = "modified-" + client + "-" + i;
                  things.findOneAndUpdate(Filters.eq("_id", id), Updates.set("text", modified));
                  check(modified, missing);
                }
                return missing;
              },
              writers));
    }
    for (var c : clients) {
      assertThat(c.get()).as("acknowledged before the bytes were forced").isEmpty();
    }
    assertThat(things.countDocuments(Filters.regex("_id", "^doc-"))).isEqualTo(200);
  }

  private void check(String marker, List<String> missing) {
    if (!gate.forcedContains(marker)) {
      missing.add(marker);
    }
  }

  /** Inserts a document; the future says whether it was among the forced bytes when the insert returned. */
  private CompletableFuture<Boolean> insert(String id) {
    return CompletableFuture.supplyAsync(
        () -> {
          things.insertOne(new Document("_id", id));
          return gate.forcedContains(id);
        },
        writers);
  }
}
