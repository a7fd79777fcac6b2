package org.deliberation.web.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.follow.FollowId;
import org.deliberation.core.follow.FollowTarget;
import org.deliberation.web.notification.inbox.Notice;
import org.deliberation.web.notification.inbox.NotificationKind;
import org.junit.jupiter.api.Test;

/** The mail queue: retries, gives up after its tries, and never holds up whoever offers it a mail. */
class MailQueueTest {

  private static final FollowId FOLLOW =
      new FollowId(new ParticipantId("p-1"), FollowTarget.project("project-1"));
  private static final Notice NOTICE =
      new Notice(
          7,
          NotificationKind.STAGE_CHANGED,
          Instant.EPOCH,
          "project:project-1",
          null,
          List.of("Hall", "DECIDED"),
          "en");

  private static MailSettings settings(int queue, int attempts) {
    return new MailSettings(
        "relay", 25, null, null, "a@b", false, queue, attempts, Duration.ofMillis(1));
  }

  /** A mailer that fails its first {@code failures} sends. */
  private static class Flaky extends Mailer {
    final AtomicInteger tries = new AtomicInteger();
    final AtomicInteger sent = new AtomicInteger();
    final int failures;

    Flaky(int failures) {
      super(null, null, null, null, null, null);
      this.failures = failures;
    }

    @Override
    void send(Letter letter) {
      if (tries.incrementAndGet() <= failures) {
        throw new IllegalStateException("relay refused");
      }
      sent.incrementAndGet();
    }
  }

  @Test
  void aRefusedMailIsTriedAgainUntilItGoes() {
    var mailer = new Flaky(2);
    try (var queue = new MailQueue(settings(10, 4), mailer)) {
      queue.mailWanted(FOLLOW, NOTICE);
      await().until(() -> mailer.sent.get() == 1);
      assertThat(mailer.tries.get()).isEqualTo(3);
    }
  }

  @Test
  void aMailIsGivenUpAfterItsTriesAndTheNextOneStillGoes() {
    var mailer = new Flaky(3);
    try (var queue = new MailQueue(settings(10, 3), mailer)) {
      queue.mailWanted(FOLLOW, NOTICE);
      queue.mailWanted(FOLLOW, NOTICE);
      await().until(() -> mailer.sent.get() == 1);
      // Three tries for the first, given up; the second went at its first try.
      assertThat(mailer.tries.get()).isEqualTo(4);
    }
  }

  @Test
  void aStuckRelayNeverHoldsUpTheProjection() throws Exception {
    var stuck = new CountDownLatch(1);
    var mailer =
        new Flaky(0) {
          @Override
          void send(Letter letter) {
            try {
              stuck.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    try (var queue = new MailQueue(settings(2, 1), mailer)) {
      // One in the worker's hands, two waiting, the rest dropped (and logged): every offer returns
      // at once.
      for (int i = 0; i < 50; i++) {
        queue.mailWanted(FOLLOW, NOTICE);
      }
      stuck.countDown();
    }
  }
}
