package org.deliberation.web.petition.projection;

/** Signatures from one declared postcode area (outward code, département). */
public record AreaCount(String area, int signatures) {}
