package org.deliberation.web.petition.projection;

import java.time.Instant;

/** The authority's answer to a petition, its Markdown and the HTML made of it once. */
public record PetitionResponse(String markdown, String html, String answeredBy, Instant at) {}
