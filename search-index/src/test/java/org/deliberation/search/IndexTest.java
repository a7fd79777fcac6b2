package org.deliberation.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh index in a temporary directory for each test, fed with events through the mapping. */
abstract class IndexTest {

  @TempDir Path directory;

  SearchIndex index;

  @BeforeEach
  void openIndex() throws IOException {
    index = SearchIndex.open(directory);
  }

  @AfterEach
  void closeIndex() throws IOException {
    index.close();
  }

  void given(Object... events) throws IOException {
    for (var event : events) {
      index.apply(IndexMapping.changesFor(event));
    }
  }

  List<String> ids(String text) {
    return ids(SearchQuery.of(text));
  }

  List<String> ids(SearchQuery query) {
    return index.search(query).items().stream().map(SearchHit::id).toList();
  }
}
