package org.deliberation.core.topic;

import java.util.List;

/**
 * One subject of a conversation.
 *
 * @param id stable across recomputations: a topic keeps its id while most of its statements stay in it
 * @param label a phrase taken from its statements
 * @param statements the ids of its statements, the most representative first; a statement is in one to three topics
 */
public record Topic(String id, String label, List<String> statements) {

  public Topic {
    statements = List.copyOf(statements);
  }
}
