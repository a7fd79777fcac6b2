/**
 * Markdown rendering, line diffs and three-way merges of page text.

 <p>Rendering uses commonmark with raw HTML escaped, then an allowlist sanitizer; diffs and merges use JGit's
 line algorithms (histogram diff and its three-way merge), a kept library rather than a hand-written diff3.
 */
@NullMarked
package org.deliberation.core.markdown;

import org.jspecify.annotations.NullMarked;
