package org.deliberation.web.platform.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far a job got, as of its last acknowledged step: written after each batch, so that a job resumed after a crash
 * starts from here.
 *
 * @param phase the phase the job is in, named by the job's kind
 * @param next the index, within the phase, of the first item not known to be stored
 * @param done how many of the job's steps are done, over all phases
 * @param stored how many items of each kind are stored (for an import: participants, statements, votes)
 */
public record JobProgress(String phase, long next, long done, Map<String, Long> stored) {

  public JobProgress {
    stored = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stored));
  }
}
