/** What the server-sent event streams of the API share. */
@NullMarked
package org.deliberation.web.platform.stream;

import org.jspecify.annotations.NullMarked;
