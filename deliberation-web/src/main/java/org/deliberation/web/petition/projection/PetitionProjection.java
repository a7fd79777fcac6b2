package org.deliberation.web.petition.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.petition.event.AuthorityCreated;
import org.deliberation.core.petition.event.PetitionAnswered;
import org.deliberation.core.petition.event.PetitionClosed;
import org.deliberation.core.petition.event.PetitionEvent;
import org.deliberation.core.petition.event.PetitionHidden;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionRestored;
import org.deliberation.core.petition.event.PetitionSigned;
import org.deliberation.core.petition.event.ProjectOpenedFromPetition;
import org.deliberation.core.petition.event.SignatureWithdrawn;
import org.deliberation.core.petition.event.SignaturesInvalidated;
import org.deliberation.core.petition.event.ThresholdReached;
import org.deliberation.web.platform.axon.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link PetitionBoard}. Its tokens are kept in memory, so every start replays the whole history into it; the
 * stream positions it hands out are the event store's. Each event also tells the board which of its petition's
 * events it has, for the requests waiting to read their own write.
 */
@Component
@ProcessingGroup(PetitionProjection.GROUP)
public class PetitionProjection {

  public static final String GROUP = "petitions";

  /** Declares this projection to the Axon wiring. */
  @Bean
  static Projection petitionsDeclared() {
    return Projection.rebuiltAtStart(GROUP);
  }

  private final PetitionBoard board;
  private final MarkdownRenderer markdown;

  public PetitionProjection(PetitionBoard board, MarkdownRenderer markdown) {
    this.board = board;
    this.markdown = markdown;
  }

  @EventHandler
  void on(AuthorityCreated event, @SequenceNumber long sequence) {
    board.authority(
        new AuthorityView(event.authorityId().value(), event.name(), event.thresholds()));
    board.applied(event.authorityId().value(), sequence);
  }

  @EventHandler
  void on(PetitionOpened event, @SequenceNumber long sequence, TrackingToken token) {
    board.opened(new PetitionRecord(event, markdown.render(event.text()), position(token)));
    applied(event, sequence);
  }

  @EventHandler
  void on(PetitionSigned event, @SequenceNumber long sequence, TrackingToken token) {
    board.record(id(event)).ifPresent(record -> record.signed(event, position(token)));
    applied(event, sequence);
  }

  @EventHandler
  void on(SignatureWithdrawn event, @SequenceNumber long sequence, TrackingToken token) {
    board.record(id(event)).ifPresent(record -> record.withdrawn(event, position(token)));
    applied(event, sequence);
  }

  @EventHandler
  void on(ThresholdReached event, @SequenceNumber long sequence, TrackingToken token) {
    board.record(id(event)).ifPresent(record -> record.reached(event, position(token)));
    applied(event, sequence);
  }

  @EventHandler
  void on(SignaturesInvalidated event, @SequenceNumber long sequence, TrackingToken token) {
    board.record(id(event)).ifPresent(record -> record.invalidated(event, position(token)));
    applied(event, sequence);
  }

  @EventHandler
  void on(PetitionAnswered event, @SequenceNumber long sequence) {
    board
        .record(id(event))
        .ifPresent(record -> record.answered(event, markdown.render(event.markdown())));
    applied(event, sequence);
  }

  @EventHandler
  void on(PetitionClosed event, @SequenceNumber long sequence) {
    board.record(id(event)).ifPresent(PetitionRecord::closed);
    applied(event, sequence);
  }

  @EventHandler
  void on(ProjectOpenedFromPetition event, @SequenceNumber long sequence) {
    board.record(id(event)).ifPresent(record -> record.project(event.projectId().value()));
    applied(event, sequence);
  }

  @EventHandler
  void on(PetitionHidden event, @SequenceNumber long sequence) {
    board.record(id(event)).ifPresent(record -> record.hidden(true));
    applied(event, sequence);
  }

  @EventHandler
  void on(PetitionRestored event, @SequenceNumber long sequence) {
    board.record(id(event)).ifPresent(record -> record.hidden(false));
    applied(event, sequence);
  }

  @EventHandler
  void on(ParticipantErased event) {
    board.erased(event.participantId());
  }

  @ResetHandler
  void reset() {
    board.clear();
  }

  private void applied(PetitionEvent event, long sequence) {
    board.applied(id(event), sequence);
  }

  private static String id(PetitionEvent event) {
    return event.petitionId().value();
  }

  private static long position(TrackingToken token) {
    return token.position().orElse(-1);
  }
}
