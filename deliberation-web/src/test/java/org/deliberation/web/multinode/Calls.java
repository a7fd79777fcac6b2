package org.deliberation.web.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.deliberation.web.durability.ServerProcess;

/** The API calls the multi-node tests make, on whichever node they are sent to. */
public final class Calls {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");
  private static final Pattern COUNTS =
      Pattern.compile("\"counts\":\\{\"agree\":(\\d+),\"disagree\":(\\d+),\"pass\":(\\d+)");
  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

  /** A project opened and put in its DELIBERATION stage by the admin; its id and slug. */
  public record Project(String id, String slug) {}

  public static String admin(ServerProcess node) {
    return node.signIn(ServerProcess.ADMIN_EMAIL, ServerProcess.ADMIN_PASSWORD);
  }

  public static Project deliberation(ServerProcess node, String admin, String title) {
    var created =
        node.send(
            "POST",
            "/api/projects",
            admin,
            null,
            "{\"title\":\""
                + title
                + "\",\"question\":\"Which way?\",\"authority\":\"Council\",\"language\":\"en\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var project =
        new Project(
            ServerProcess.find(ID, created.body()), ServerProcess.find(SLUG, created.body()));
    assertThat(stage(node, admin, project, "DELIBERATION")).isEqualTo(200);
    return project;
  }

  public static int stage(ServerProcess node, String admin, Project project, String stage) {
    return node.send(
            "POST",
            "/api/projects/" + project.id() + "/stage",
            admin,
            null,
            "{\"stage\":\"" + stage + "\"}")
        .statusCode();
  }

  public static String statement(ServerProcess node, String token, Project project, String text) {
    var posted =
        node.send(
            "POST",
            "/api/projects/" + project.id() + "/statements",
            token,
            null,
            "{\"text\":\"" + text + "\",\"kind\":\"CONTRIBUTION\"}");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    return ServerProcess.find(ID, posted.body());
  }

  public static int hide(ServerProcess node, String admin, Project project, String statement) {
    return node.send(
            "POST",
            "/api/projects/" + project.id() + "/statements/" + statement + "/moderation",
            admin,
            null,
            "{\"action\":\"HIDE\",\"reason\":\"Off topic for this test.\"}")
        .statusCode();
  }

  /** A participant signed up on the node: their token from the same node. */
  public static String participant(ServerProcess node, String email) {
    var registered =
        node.send(
            "POST",
            "/api/participants",
            null,
            null,
            "{\"displayName\":\"Voter\",\"email\":\""
                + email
                + "\",\"password\":\"a voter's password\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return node.signIn(email, "a voter's password");
  }

  /** The status of a vote: 200 stored, 409 refused by the admission rule. */
  public static int vote(
      ServerProcess node, String token, Project project, String statement, String vote) {
    return node.send(
            "PUT",
            "/api/projects/" + project.id() + "/statements/" + statement + "/vote",
            token,
            null,
            "{\"vote\":\"" + vote + "\"}")
        .statusCode();
  }

  /** A statement's counts as the node shows them: agree, disagree, pass. */
  public static int[] counts(ServerProcess node, Project project, String statement) {
    var read =
        node.send(
            "GET", "/api/projects/" + project.id() + "/statements/" + statement, null, null, null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    var matcher = COUNTS.matcher(read.body());
    assertThat(matcher.find()).as(read.body()).isTrue();
    return new int[] {
      Integer.parseInt(matcher.group(1)),
      Integer.parseInt(matcher.group(2)),
      Integer.parseInt(matcher.group(3))
    };
  }

  /** How many results the node's own search index gives for a query. */
  public static int found(ServerProcess node, String query) {
    var read = node.send("GET", "/api/search?q=" + query + "&limit=50", null, null, null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return Integer.parseInt(ServerProcess.find(TOTAL, read.body()));
  }

  private Calls() {}
}
