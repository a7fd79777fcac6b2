package org.deliberation.web.deliberation.live;

import java.io.IOException;
import java.time.Instant;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.web.platform.snapshot.JournalInput;
import org.deliberation.web.platform.snapshot.JournalOutput;
import org.deliberation.web.platform.snapshot.PayloadCodec;
import org.deliberation.web.platform.snapshot.SnapshotRestoreListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The compact form of a vote in the snapshots of the projections kept in memory: a project, a statement and a
 * participant each a number after its first vote, the vote in a byte, its instant in seconds and nanoseconds. About 16 bytes
 * where its JSON takes 200, and read without a JSON parser (docs/benchmarks.md, "Start-up"). And the synthesis held while a
 * snapshot is applied.
 */
@Configuration(proxyBeanMethods = false)
class DeliberationSnapshots {

  @Bean
  static PayloadCodec<VoteCast> voteCastCodec() {
    return new PayloadCodec<>() {
      @Override
      public Class<VoteCast> type() {
        return VoteCast.class;
      }

      @Override
      public int version() {
        return 1;
      }

      @Override
      public void write(VoteCast vote, JournalOutput out) throws IOException {
        out.name(vote.projectId().value());
        out.name(vote.statementId().value());
        out.name(vote.participant().value());
        out.signed(vote.vote().value());
        out.signed(vote.castAt().getEpochSecond());
        out.number(vote.castAt().getNano());
      }

      @Override
      public VoteCast read(JournalInput in) throws IOException {
        return new VoteCast(
            new ProjectId(in.name()),
            new StatementId(in.name()),
            new ParticipantId(in.name()),
            Vote.of((int) in.signed()),
            Instant.ofEpochSecond(in.signed(), in.number()));
      }
    };
  }

  /**
   * While the snapshot is applied, the synthesis waits: one recomputation per project after it, not one per vote. And
   * the votes go to the projection's handler straight, without Axon's dispatch (the other events go through it).
   */
  @Bean
  SnapshotRestoreListener deliberationRestore(
      Deliberations deliberations, DeliberationProjection projection) {
    return new SnapshotRestoreListener() {
      @Override
      public String group() {
        return DeliberationProjection.GROUP;
      }

      @Override
      public void restoring() {
        deliberations.hold();
      }

      @Override
      public void restored() {
        deliberations.release();
      }

      @Override
      public boolean takes(Class<?> payloadType) {
        return payloadType == VoteCast.class;
      }

      @Override
      public void apply(TrackedEventMessage<?> event) {
        projection.on((VoteCast) event.getPayload(), event.trackingToken());
      }
    };
  }
}
