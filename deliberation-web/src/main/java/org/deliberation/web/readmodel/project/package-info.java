/**
 * The wikiproject list, projected from events and rebuildable from them.
 */
@NullMarked
package org.deliberation.web.readmodel.project;

import org.jspecify.annotations.NullMarked;
