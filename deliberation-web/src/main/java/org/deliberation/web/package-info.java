/**
 * The deliberation wiki server: the Spring Boot WebFlux application that wires Axon to MongoDB (or the embedded
 * store), keeps the read models, and serves the HTTP API.
 */
@NullMarked
package org.deliberation.web;

import org.jspecify.annotations.NullMarked;
