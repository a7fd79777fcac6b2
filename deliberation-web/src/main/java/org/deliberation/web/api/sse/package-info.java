/** What the server-sent event streams of the API share. */
@NullMarked
package org.deliberation.web.api.sse;

import org.jspecify.annotations.NullMarked;
