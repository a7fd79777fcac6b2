package org.deliberation.web.durability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A test of the packaged server run as a process, with a data folder and a folder for its logs. */
abstract class PackagedServerTest {

  @TempDir Path data;

  @TempDir Path logs;

  @BeforeAll
  static void packaged() {
    assumeTrue(
        ServerProcess.jarExists(),
        "the packaged jar is built by `mvn verify` before integration tests");
  }
}
