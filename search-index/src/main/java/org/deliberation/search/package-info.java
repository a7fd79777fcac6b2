/**
 * The Lucene projection of wikiprojects, pages and statements, and the queries it answers: full-text search with
 * facets and cursors, title suggestions, and near-duplicate statements.
 *
 * <p>{@link org.deliberation.search.IndexMapping} turns core's events into {@link org.deliberation.search.IndexChange}s
 * without touching Lucene; {@link org.deliberation.search.SearchIndex} applies them and answers queries. The module
 * depends on core's events and Lucene only: no Spring, Axon or MongoDB, so the web module decides how events reach it
 * and on which threads its blocking calls run.
 */
@NullMarked
package org.deliberation.search;

import org.jspecify.annotations.NullMarked;
