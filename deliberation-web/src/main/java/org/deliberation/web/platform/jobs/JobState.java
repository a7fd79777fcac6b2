package org.deliberation.web.platform.jobs;

/** Where a background job stands. A job is {@link #RUNNING} until it ends, once, in one of the other two. */
public enum JobState {
  RUNNING,
  DONE,
  FAILED
}
