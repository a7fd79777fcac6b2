/**
 * Notifications by e-mail, when an SMTP relay is configured: the settings, the bounded queue and its worker, the
 * signed unsubscribe links and the page that confirms them with a POST.
 */
@NullMarked
package org.deliberation.web.notification.mail;

import org.jspecify.annotations.NullMarked;
