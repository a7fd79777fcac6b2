/**
 * The HTTP API of API.md, one package per resource; what its packages share stands here.
 */
@NullMarked
package org.deliberation.web.api;

import org.jspecify.annotations.NullMarked;
