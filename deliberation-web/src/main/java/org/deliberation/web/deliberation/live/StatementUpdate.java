package org.deliberation.web.deliberation.live;

/** The data of a {@code statement} stream event: a statement was posted, hidden or restored. */
public record StatementUpdate(String action, StatementView statement) {}
