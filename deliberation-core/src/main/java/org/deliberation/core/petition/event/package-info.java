/**
 * Facts recorded about authorities and petitions. Stored forever: constructors only check structure, never rules.
 */
@NullMarked
package org.deliberation.core.petition.event;

import org.jspecify.annotations.NullMarked;
