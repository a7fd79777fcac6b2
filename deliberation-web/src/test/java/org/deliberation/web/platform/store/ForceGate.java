package org.deliberation.web.platform.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An instrumented file for H2 ({@code forcegate:} file names): it records every byte written, and each force
 * records the bytes written before it, then, while the gate is shut, blocks until the test lets one force through.
 */
final class ForceGate {

  private static volatile ForceGate current = new ForceGate();

  private final ByteArrayOutputStream written = new ByteArrayOutputStream();
  private final Semaphore entered = new Semaphore(0);
  private final Semaphore passes = new Semaphore(0);
  private volatile boolean shut;
  private volatile byte[] forced = new byte[0];
  private volatile int forces; // written under this gate's monitor

  static {
    FilePath.register(new GatedPath());
  }

  /** A new gate, open, for the files opened from now on. */
  static ForceGate install() {
    current = new ForceGate();
    return current;
  }

  static String fileName(java.nio.file.Path directory) {
    return "forcegate:" + directory.resolve("store.mv");
  }

  /** From now on each force waits for a pass; forces begun before do not count as begun. */
  void shut() {
    shut = true;
    entered.drainPermits();
  }

  /** Lets the blocked force (or the next one) through, and every later one. */
  void open() {
    shut = false;
    passes.release(Integer.MAX_VALUE / 2);
  }

  /** Lets one force through; the gate stays shut. */
  void passOne() {
    passes.release();
  }

  /**
   * Waits until a force has begun (and, if the gate is shut, is blocked there). The bound only keeps a broken store
   * from hanging the build: a store that never forces fails here.
   */
  void awaitForceBegun() throws InterruptedException {
    if (!entered.tryAcquire(1, TimeUnit.MINUTES)) {
      throw new AssertionError(
          "No force of the file began: nothing asked for the write to be durable");
    }
  }

  /** The forces completed so far. */
  int forces() {
    return forces;
  }

  /** Whether {@code marker} is among the bytes written before the last completed force. */
  boolean forcedContains(String marker) {
    return contains(forced, marker.getBytes(StandardCharsets.UTF_8));
  }

  private synchronized void record(ByteBuffer source) {
    var copy = source.duplicate();
    var bytes = new byte[copy.remaining()];
    copy.get(bytes);
    written.writeBytes(bytes);
  }

  private void force(FileChannel base, boolean metaData) throws IOException {
    byte[] before;
    synchronized (this) {
      before = written.toByteArray();
    }
    entered.release();
    if (shut) {
      passes.acquireUninterruptibly();
    }
    base.force(metaData);
    synchronized (this) {
      // Forces may run side by side: what is forced is the most any of them had written before it.
      if (before.length > forced.length) {
        forced = before;
      }
      forces++;
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** H2's file system for {@code forcegate:} names: the disk, through a {@link GatedChannel}. */
  public static final class GatedPath extends FilePathWrapper {

    @Override
    public String getScheme() {
      return "forcegate";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
      return new GatedChannel(getBase().open(mode), current);
    }
  }

  private static final class GatedChannel extends FileBase {

    private final FileChannel base;
    private final ForceGate gate;

    GatedChannel(FileChannel base, ForceGate gate) {
      this.base = base;
      this.gate = gate;
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
      return base.read(destination);
    }

    @Override
    public synchronized int read(ByteBuffer destination, long position) throws IOException {
      return base.read(destination, position);
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
      gate.record(source);
      return base.write(source);
    }

    @Override
    public synchronized int write(ByteBuffer source, long position) throws IOException {
      gate.record(source);
      return base.write(source, position);
    }

    @Override
    public long position() throws IOException {
      return base.position();
    }

    @Override
    public FileChannel position(long position) throws IOException {
      base.position(position);
      return this;
    }

    @Override
    public long size() throws IOException {
      return base.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      base.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      gate.force(base, metaData);
    }

    @Override
    public synchronized FileLock tryLock(long position, long size, boolean shared)
        throws IOException {
      return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      base.close();
    }
  }
}
