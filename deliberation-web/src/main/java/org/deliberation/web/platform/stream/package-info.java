/**
 * Server-sent event streams: one relay from a backlog to live events with a bounded buffer, keep-alives and
 * Last-Event-ID.
 */
@NullMarked
package org.deliberation.web.platform.stream;

import org.jspecify.annotations.NullMarked;
