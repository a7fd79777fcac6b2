package org.deliberation.web.platform.eventstore;

/**
 * What must happen after a write and before it is acknowledged, so that an acknowledged write survives the process.
 *
 * <p>A real MongoDB acknowledges with a journaled majority write concern and needs nothing more. The embedded store
 * keeps its pages in memory and flushes them about once a second unless told to: its barrier commits them to the
 * file.
 */
@FunctionalInterface
public interface WriteBarrier {

  WriteBarrier NONE = () -> {};

  void afterWrite();
}
