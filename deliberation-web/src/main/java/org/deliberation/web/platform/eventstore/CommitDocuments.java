package org.deliberation.web.platform.eventstore;

import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/** How a commit and its events are laid out as documents, and read back as Axon's event entries. */
final class CommitDocuments {

  private static final int SEQUENCE_DIGITS = 19;

  /** A commit's key: its aggregate and its first sequence number, zero-padded so that keys sort by sequence. */
  static String commitKey(String aggregateId, long firstSequenceNumber) {
    var digits = Long.toString(firstSequenceNumber);
    return aggregateId + "@" + "0".repeat(Math.max(0, SEQUENCE_DIGITS - digits.length())) + digits;
  }

  /** The first sequence number a commit's key names. */
  static long firstSequence(String commitKey) {
    return Long.parseLong(commitKey.substring(commitKey.length() - SEQUENCE_DIGITS));
  }

  static long globalIndex(Document commit) {
    return ((Number) commit.get("globalIndex")).longValue();
  }

  static Document eventDocument(DomainEventMessage<?> message, Serializer serializer) {
    var payload = message.serializePayload(serializer, String.class);
    var metaData = message.serializeMetaData(serializer, String.class);
    return new Document("eventId", message.getIdentifier())
        .append("aggregateId", message.getAggregateIdentifier())
        .append("type", message.getType())
        .append("seq", message.getSequenceNumber())
        .append("timestamp", DateTimeUtils.formatInstant(message.getTimestamp()))
        .append("payloadType", payload.getType().getName())
        .append("payloadRevision", payload.getType().getRevision())
        .append("payload", payload.getData())
        .append("metaData", metaData.getData());
  }

  @SuppressWarnings("unchecked")
  static List<Document> events(Document commit) {
    return (List<Document>) commit.get("events", List.class);
  }

  static long sequence(Document event) {
    return ((Number) event.get("seq")).longValue();
  }

  static DomainEventData<String> domainEntry(Document event) {
    return new GenericDomainEventEntry<>(
        event.getString("type"),
        event.getString("aggregateId"),
        sequence(event),
        event.getString("eventId"),
        event.getString("timestamp"),
        event.getString("payloadType"),
        event.getString("payloadRevision"),
        event.getString("payload"),
        event.getString("metaData"));
  }

  private CommitDocuments() {}
}
