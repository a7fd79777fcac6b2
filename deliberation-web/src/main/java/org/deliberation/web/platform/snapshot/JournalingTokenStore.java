package org.deliberation.web.platform.snapshot;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory token store of one projection kept in memory, which tells its journal each token the processor
 * commits: the token a snapshot carries is always the processor's own, past the events it skipped by type too.
 */
final class JournalingTokenStore implements TokenStore {

  private final InMemoryTokenStore tokens = new InMemoryTokenStore();
  private final ProjectionJournal journal;
  private final Runnable onCommit;

  JournalingTokenStore(ProjectionJournal journal, Runnable onCommit) {
    this.journal = journal;
    this.onCommit = onCommit;
  }

  @Override
  public void initializeTokenSegments(String processorName, int segmentCount)
      throws UnableToClaimTokenException {
    tokens.initializeTokenSegments(processorName, segmentCount);
  }

  @Override
  public void initializeTokenSegments(
      String processorName, int segmentCount, @Nullable TrackingToken initialToken)
      throws UnableToClaimTokenException {
    tokens.initializeTokenSegments(processorName, segmentCount, initialToken);
  }

  @Override
  public void storeToken(@Nullable TrackingToken token, String processorName, int segment)
      throws UnableToClaimTokenException {
    tokens.storeToken(token, processorName, segment);
    // One segment (the projections kept in memory are not split): its token is the processor's.
    if (token != null && segment == 0) {
      journal.committed(token);
      onCommit.run();
    }
  }

  @Override
  public @Nullable TrackingToken fetchToken(String processorName, int segment)
      throws UnableToClaimTokenException {
    return tokens.fetchToken(processorName, segment);
  }

  @Override
  public @Nullable TrackingToken fetchToken(String processorName, Segment segment)
      throws UnableToClaimTokenException {
    return tokens.fetchToken(processorName, segment);
  }

  @Override
  public void extendClaim(String processorName, int segment) {
    tokens.extendClaim(processorName, segment);
  }

  @Override
  public List<Segment> fetchAvailableSegments(String processorName) {
    return tokens.fetchAvailableSegments(processorName);
  }

  @Override
  public void releaseClaim(String processorName, int segment) {
    tokens.releaseClaim(processorName, segment);
  }

  @Override
  public void initializeSegment(@Nullable TrackingToken token, String processorName, int segment) {
    tokens.initializeSegment(token, processorName, segment);
  }

  @Override
  public void deleteToken(String processorName, int segment) {
    tokens.deleteToken(processorName, segment);
  }

  @Override
  public boolean requiresExplicitSegmentInitialization() {
    return tokens.requiresExplicitSegmentInitialization();
  }

  @Override
  public int[] fetchSegments(String processorName) {
    return tokens.fetchSegments(processorName);
  }

  @Override
  public Optional<String> retrieveStorageIdentifier() {
    return tokens.retrieveStorageIdentifier();
  }
}
