/** The events of topics. */
@NullMarked
package org.deliberation.core.topic.event;

import org.jspecify.annotations.NullMarked;
