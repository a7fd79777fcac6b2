/**
 * Plain-text helpers with no Lucene: a page split into sections at its headings, Markdown reduced to the words a
 * reader sees, titles shortened at a word.
 */
@NullMarked
package org.deliberation.search.text;

import org.jspecify.annotations.NullMarked;
