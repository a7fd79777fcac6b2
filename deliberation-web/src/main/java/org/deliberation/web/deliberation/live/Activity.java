package org.deliberation.web.deliberation.live;

/** How many people took part in a project's deliberation and how many votes they cast. */
public record Activity(int participants, long votes) {

  public static final Activity NONE = new Activity(0, 0);
}
