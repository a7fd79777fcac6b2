/**
 * Petitions to an authority (a council, an assembly): citizens open and sign them, and past the authority's
 * thresholds a petition gets a response and a place on the authority's agenda. Thin Axon shells ({@link Authority},
 * {@link Petition}) over pure rules ({@link AuthorityRules}, {@link PetitionRules}).
 */
@NullMarked
package org.deliberation.core.petition;

import org.jspecify.annotations.NullMarked;
