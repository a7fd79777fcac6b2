package org.deliberation.web.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Clients that each send requests one after the other, all at once, timing every request. */
final class ConcurrentClients {

  /** One request of one client: {@code client} is 0 to clients − 1, {@code request} 0 to perClient − 1. */
  @FunctionalInterface
  interface Request {
    void send(int client, int request) throws Exception;
  }

  /** Every request's latency in nanoseconds, and how long the whole run took. */
  record Run(long[] latencies, double seconds) {

    double rate() {
      return latencies.length / seconds;
    }
  }

  static Run run(int clients, int perClient, Request request) throws Exception {
    long start = System.nanoTime();
    List<Future<long[]>> futures = new ArrayList<>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(
            executor.submit(
                () -> {
                  long[] latencies = new long[perClient];
                  for (int i = 0; i < perClient; i++) {
                    long t0 = System.nanoTime();
                    request.send(client, i);
                    latencies[i] = System.nanoTime() - t0;
                  }
                  return latencies;
                }));
      }
    }
    var all = new long[clients * perClient];
    int n = 0;
    for (var future : futures) {
      for (long latency : future.get()) {
        all[n++] = latency;
      }
    }
    return new Run(all, (System.nanoTime() - start) / 1e9);
  }

  private ConcurrentClients() {}
}
