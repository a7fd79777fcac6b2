/**
 * Topics: each project's statements grouped by subject (core's engine), recomputed in the background as statements
 * arrive, recorded as events so that their ids survive restarts and time travel shows them as they stood; the topics
 * API with each topic's consensus, dissent, agreement and extractive summary.
 */
@NullMarked
package org.deliberation.web.deliberation.topic;

import org.jspecify.annotations.NullMarked;
