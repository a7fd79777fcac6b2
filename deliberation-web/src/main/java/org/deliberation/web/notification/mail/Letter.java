package org.deliberation.web.notification.mail;

import org.deliberation.core.follow.FollowId;
import org.deliberation.web.notification.inbox.Notice;

/** A mail to write: whose follow it goes through, and what it tells. */
record Letter(FollowId follow, Notice notice) {}
