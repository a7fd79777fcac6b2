/**
 * HTTP errors and refusals as problem+json, request filters (header sanity, deadlines, address length), the
 * one parser of instants and enums in parameters, and the text constraints of requests.
 */
@NullMarked
package org.deliberation.web.platform.http;

import org.jspecify.annotations.NullMarked;
