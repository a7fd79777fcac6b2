package org.deliberation.web.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the CPU went during a span of a benchmark: the threads whose names start with a prefix (a benchmark's own
 * clients), the rest of the process (the server, its GC and compiler), and the whole machine ({@code /proc/stat}, all
 * processes, other helpers' builds included), each as a share of all the cores over the span's wall time.
 */
final class CpuSplit {

  private static final Path STAT = Path.of("/proc/stat");
  private static final Path LOAD = Path.of("/proc/loadavg");

  private final long wall;
  private final long process;
  private final Map<Long, Long> threads;
  private final long[] machine;

  private CpuSplit(long wall, long process, Map<Long, Long> threads, long[] machine) {
    this.wall = wall;
    this.process = process;
    this.threads = threads;
    this.machine = machine;
  }

  static CpuSplit start() {
    return new CpuSplit(System.nanoTime(), processCpu(), threadCpu(""), machine());
  }

  /** The shares since {@link #start()}; {@code prefix} names the threads counted apart. */
  Used stop(String prefix) {
    long seconds = System.nanoTime() - wall;
    long processUsed = processCpu() - process;
    long prefixed = 0;
    for (var entry : threadCpu(prefix).entrySet()) {
      prefixed += entry.getValue() - threads.getOrDefault(entry.getKey(), 0L);
    }
    var now = machine();
    double cores = Runtime.getRuntime().availableProcessors();
    long total = now[0] - machine[0];
    double machineBusy = total == 0 ? 0 : 1 - (now[1] - machine[1]) / (double) total;
    return new Used(
        seconds / 1e9,
        processUsed / (double) seconds / cores,
        prefixed / (double) seconds / cores,
        machineBusy,
        load());
  }

  /**
   * Shares of all the cores: the process, of it the prefixed threads, the whole machine; and the load averages at the
   * end.
   */
  record Used(double seconds, double process, double prefixed, double machine, String load) {

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "CPU: process %.0f%% (readers %.0f%%, server %.0f%%), machine %.0f%%, load %s",
          process * 100,
          prefixed * 100,
          (process - prefixed) * 100,
          machine * 100,
          load);
    }
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static Map<Long, Long> threadCpu(String prefix) {
    var bean = ManagementFactory.getThreadMXBean();
    var out = new HashMap<Long, Long>();
    for (var info : bean.getThreadInfo(bean.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(prefix)) {
        long cpu = bean.getThreadCpuTime(info.getThreadId());
        if (cpu >= 0) {
          out.put(info.getThreadId(), cpu);
        }
      }
    }
    return out;
  }

  // Jiffies: all, and idle (idle + iowait).
  private static long[] machine() {
    try {
      var fields = Files.readAllLines(STAT).getFirst().trim().split("\\s+");
      long all = 0;
      for (int i = 1; i < fields.length; i++) {
        all += Long.parseLong(fields[i]);
      }
      return new long[] {all, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String load() {
    try {
      var fields = Files.readString(LOAD).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
