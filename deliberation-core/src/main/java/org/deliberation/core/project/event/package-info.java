/**
 * Facts recorded about a wikiproject. Stored forever: constructors only check structure, never rules.
 */
@NullMarked
package org.deliberation.core.project.event;

import org.jspecify.annotations.NullMarked;
