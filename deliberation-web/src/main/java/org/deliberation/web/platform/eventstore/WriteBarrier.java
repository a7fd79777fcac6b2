package org.deliberation.web.platform.eventstore;

/**
 * What must happen after a write and before it is acknowledged, so that an acknowledged write survives the process.
 *
 * <p>Both stores need nothing now, so every barrier in use is {@link #NONE}: a real MongoDB acknowledges with a
 * journaled majority write concern, and the embedded store (in the server's process or on a store node) answers a
 * write only once it has committed and forced its file. The seam stays for a store that would acknowledge early.
 */
@FunctionalInterface
public interface WriteBarrier {

  WriteBarrier NONE = () -> {};

  void afterWrite();
}
