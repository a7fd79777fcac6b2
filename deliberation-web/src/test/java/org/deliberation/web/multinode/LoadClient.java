package org.deliberation.web.multinode;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.deliberation.web.durability.ServerProcess;

/**
 * One client of the load under which a node is killed: at each step, one voter's vote on its statement and one edit
 * of its page, on the one node it talks to. It stops at the first write its node does not acknowledge, and says what
 * was acknowledged.
 */
final class LoadClient implements Callable<LoadClient.Acknowledged> {

  /** What the node acknowledged: how many votes (one per voter), the page's last revision, steps after the kill. */
  record Acknowledged(int votes, int revision, int afterKill, String failure) {}

  static final String WORD = "zephyrload";

  private final ServerProcess node;
  private final String token;
  private final Calls.Project project;
  private final String statement;
  private final String page;
  private final List<String> voters;
  private final AtomicBoolean killed;

  LoadClient(
      ServerProcess node,
      String token,
      Calls.Project project,
      String statement,
      String page,
      List<String> voters,
      AtomicBoolean killed) {
    this.node = node;
    this.token = token;
    this.project = project;
    this.statement = statement;
    this.page = page;
    this.voters = voters;
    this.killed = killed;
  }

  String statement() {
    return statement;
  }

  String path() {
    return "/api/projects/" + project.id() + "/pages/" + page;
  }

  @Override
  public Acknowledged call() {
    int votes = 0;
    int revision = 0;
    int afterKill = 0;
    var text = new StringBuilder(WORD + " " + page + "\\n");
    for (var voter : voters) {
      try {
        if (Calls.vote(node, voter, project, statement, "AGREE") != 200) {
          return new Acknowledged(votes, revision, afterKill, "vote refused");
        }
        votes++;
        text.append("line ").append(votes).append("\\n");
        var edit =
            node.send(
                "PUT",
                path(),
                token,
                revision == 0 ? null : "\"" + revision + "\"",
                "{\"markdown\":\"" + text + "\"}");
        if (edit.statusCode() != 200 && edit.statusCode() != 201) {
          return new Acknowledged(votes, revision, afterKill, "edit answered " + edit.statusCode());
        }
        revision++;
        if (killed.get()) {
          afterKill++;
        }
      } catch (RuntimeException e) {
        return new Acknowledged(votes, revision, afterKill, e.toString());
      }
    }
    return new Acknowledged(votes, revision, afterKill, null);
  }
}
