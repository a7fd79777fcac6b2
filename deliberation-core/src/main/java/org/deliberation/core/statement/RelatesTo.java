package org.deliberation.core.statement;

import org.deliberation.core.common.StatementId;

/** A statement's link to another statement of the same project. */
public record RelatesTo(StatementId statement, Relation relation) {}
