/** What the live streams share: attaching a reader to a hot stream without a gap. */
@NullMarked
package org.deliberation.web.live;

import org.jspecify.annotations.NullMarked;
