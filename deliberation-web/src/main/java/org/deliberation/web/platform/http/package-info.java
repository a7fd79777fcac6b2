/**
 * Constraints on the text of requests, checked by Bean Validation with the others, so that a refusal is the API's
 * usual 400 with {@code errors: [{field, message}]}, and the web pages, which validate the same request records, say
 * it in the same words.
 */
@NullMarked
package org.deliberation.web.platform.http;

import org.jspecify.annotations.NullMarked;
