package org.deliberation.web.platform.store;

/**
 * Benchmarks only: turns the embedded store's force (fsync) off and on again, so that a benchmark measures what
 * the force costs against the same server in the same run. With it off, writes are still committed to the file
 * before they are acknowledged (they survive kill -9, not a power cut).
 */
public final class StoreForceSwitch {

  public static void forceFile(EmbeddedMongo store, boolean force) {
    store.forceFile(force);
  }

  private StoreForceSwitch() {}
}
