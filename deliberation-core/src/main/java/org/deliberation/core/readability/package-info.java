/**
 * How hard a page is to read, in its language: Flesch's reading ease and Flesch–Kincaid's grade for English, Kandel
 * and Moles' adaptation of Flesch for French, counted on the page's rendered prose, with its hardest sentences and
 * what would help (docs/readability.md). Pure: one pass over the text, bounded output, no regular expression.
 */
@NullMarked
package org.deliberation.core.readability;

import org.jspecify.annotations.NullMarked;
