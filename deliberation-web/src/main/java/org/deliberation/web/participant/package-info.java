/**
 * Personal data: the one mutable collection of the system, sign-in tokens, and erasure.

 <p>Only this package reads or writes e-mails, display names, postcodes and password hashes. Events and read models
 hold opaque participant ids; names are looked up here when a page is shown, so erasing a participant is deleting
 one document.
 */
@NullMarked
package org.deliberation.web.participant;

import org.jspecify.annotations.NullMarked;
