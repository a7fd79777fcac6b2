/** What can be asked of an authority or a petition; each command carries its {@code Actor}. */
@NullMarked
package org.deliberation.core.petition.command;

import org.jspecify.annotations.NullMarked;
