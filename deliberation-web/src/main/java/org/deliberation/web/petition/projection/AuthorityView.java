package org.deliberation.web.petition.projection;

import org.deliberation.core.petition.Thresholds;

/** An authority petitions are addressed to, with the thresholds new petitions copy. */
public record AuthorityView(String id, String name, Thresholds thresholds) {}
