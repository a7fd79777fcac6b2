/**
 * Wikiprojects: their API and pages (home page, project page), and the service both call to create, list, read
 * them, move them through their stages and publish the authority's responses.
 */
@NullMarked
package org.deliberation.web.project;

import org.jspecify.annotations.NullMarked;
