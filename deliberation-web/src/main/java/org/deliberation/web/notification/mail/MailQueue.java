package org.deliberation.web.notification.mail;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.deliberation.core.follow.FollowId;
import org.deliberation.web.notification.inbox.Notice;
import org.deliberation.web.notification.inbox.NotificationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails wait here, off the projection's thread: the projection only offers a letter to a bounded queue, and one
 * worker sends them in order. A slow or absent relay therefore never stalls the notifications. A mail the relay
 * refuses is tried again (the wait doubling each time) and, after the last try, logged as lost with the follow and the
 * kind; a mail that finds the queue full is logged as dropped. Mail waiting when the server stops is logged too.
 */
class MailQueue implements NotificationListener, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MailQueue.class);

  private final BlockingQueue<Letter> waiting;
  private final MailSettings settings;
  private final Mailer mailer;
  private final Thread worker;

  MailQueue(MailSettings settings, Mailer mailer) {
    this.settings = settings;
    this.mailer = mailer;
    this.waiting = new ArrayBlockingQueue<>(Math.max(1, settings.queue()));
    this.worker = Thread.ofPlatform().name("notification-mail").daemon().start(this::work);
  }

  @Override
  public void mailWanted(FollowId follow, Notice notice) {
    if (!waiting.offer(new Letter(follow, notice))) {
      LOG.warn(
          "Mail queue full ({} waiting): the {} mail for {} is dropped; its notification is in the inbox.",
          settings.queue(),
          notice.kind(),
          follow);
    }
  }

  private void work() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        send(waiting.take());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void send(Letter letter) throws InterruptedException {
    var delay = settings.retryDelay();
    for (int attempt = 1; ; attempt++) {
      try {
        mailer.send(letter);
        return;
      } catch (RuntimeException e) {
        if (attempt >= settings.attempts()) {
          LOG.error(
              "Mail lost after {} tries: the {} mail for {} ({}); its notification is in the inbox.",
              attempt,
              letter.notice().kind(),
              letter.follow(),
              e.toString());
          return;
        }
        LOG.warn("Mail try {} failed ({}); trying again in {}.", attempt, e.toString(), delay);
        Thread.sleep(delay.toMillis());
        delay =
            delay.multipliedBy(2).compareTo(Duration.ofMinutes(10)) > 0
                ? Duration.ofMinutes(10)
                : delay.multipliedBy(2);
      }
    }
  }

  @Override
  public void close() {
    worker.interrupt();
    if (!waiting.isEmpty()) {
      LOG.warn(
          "The server stops with {} mails unsent; their notifications are in the inboxes.",
          waiting.size());
    }
  }
}
