/**
 * Topics: the statements of a project grouped by subject, without a language model, deterministically, and grounded in
 * the statements themselves (each topic is labelled by a phrase its statements use).
 *
 * <p>Plain Java over Carrot2's Lingo. A recomputation is a pure function of the statements and of the previous
 * generation, whose ids it carries over, so that any node computing it finds the same topics.
 */
@NullMarked
package org.deliberation.core.topic;

import org.jspecify.annotations.NullMarked;
