/**
 * Markdown rendering, page titles, line diffs and three-way merges of page text.
 *
 * <p>Rendering uses commonmark with raw HTML escaped, then an allowlist sanitizer; diffs and merges use JGit's line
 * algorithms (histogram diff and its three-way merge), kept libraries rather than a hand-written parser or diff3.
 * Around them, this package bounds what they cannot: every path here is linear in its input and runs on a bounded
 * stack for any page (docs/fuzzing.md lists each bound and why), and whatever lies beyond a nesting limit is shown as
 * text.
 */
@NullMarked
package org.deliberation.core.markdown;

import org.jspecify.annotations.NullMarked;
