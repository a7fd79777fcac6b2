/**
 * The web pages, rendered on the server with Thymeleaf from what the HTTP API's controllers return: reading needs no
 * JavaScript; the scripts only add one-tap voting and the live synthesis.
 */
@NullMarked
package org.deliberation.web.pages;

import org.jspecify.annotations.NullMarked;
