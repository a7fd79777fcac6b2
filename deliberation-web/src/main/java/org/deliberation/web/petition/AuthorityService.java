package org.deliberation.web.petition;

import java.time.Clock;
import java.util.Objects;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.TextHygiene;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.PetitionId;
import org.deliberation.core.petition.Thresholds;
import org.deliberation.core.petition.command.AnswerPetition;
import org.deliberation.core.petition.command.ClosePetition;
import org.deliberation.core.petition.command.CreateAuthority;
import org.deliberation.core.petition.command.RecordProjectOpened;
import org.deliberation.core.project.Language;
import org.deliberation.web.petition.projection.AuthorityView;
import org.deliberation.web.petition.projection.PetitionBoard;
import org.deliberation.web.petition.projection.PetitionView;
import org.deliberation.web.platform.axon.Commands;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.http.PayloadTooLargeException;
import org.deliberation.web.project.CreateProjectRequest;
import org.deliberation.web.project.ProjectService;
import org.deliberation.web.project.projection.ProjectView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The authorities' side of petitions, for the API and the pages alike: recording an authority, its agenda, and what
 * its officials do with a petition (answer it, open a wikiproject from it, close it).
 */
@Service
public class AuthorityService {

  /** A wikiproject's question holds at most this many characters (CreateProjectRequest). */
  private static final int QUESTION = 1000;

  private final Petitions petitions;
  private final PetitionBoard board;
  private final Commands commands;
  private final ProjectService projects;
  private final DeliberationProperties properties;
  private final Clock clock;

  public AuthorityService(
      Petitions petitions,
      PetitionBoard board,
      Commands commands,
      ProjectService projects,
      DeliberationProperties properties,
      Clock clock) {
    this.petitions = petitions;
    this.board = board;
    this.commands = commands;
    this.projects = projects;
    this.properties = properties;
    this.clock = clock;
  }

  public Mono<AuthorityView> create(Actor by, CreateAuthorityRequest request) {
    var id = AuthorityId.random();
    var thresholds = Objects.requireNonNull(request.thresholds());
    if (thresholds.response() != null
        && thresholds.agenda() != null
        && thresholds.response() > thresholds.agenda()) {
      throw new BadRequestException(
          "thresholds.response",
          "thresholds.response: must not exceed thresholds.agenda; a petition is answered before"
              + " it is debated");
    }
    var command =
        new CreateAuthority(
            id,
            TextHygiene.nfc(request.name()).strip(),
            new Thresholds(
                Objects.requireNonNull(thresholds.response()),
                Objects.requireNonNull(thresholds.agenda())),
            by);
    return commands
        .send(command)
        .then(board.await(id.value(), 0))
        .then(Mono.fromSupplier(() -> read(id.value())));
  }

  public AuthorityList list() {
    return new AuthorityList(board.authorities());
  }

  public AuthorityView read(String id) {
    return board
        .authority(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no authority '" + id + "'. List them with GET /api/authorities."));
  }

  /** The petitions past the authority's agenda threshold, in the order they reached it. */
  public Agenda agenda(String id) {
    var authority = read(id);
    return new Agenda(
        authority,
        board.agenda(id).stream()
            .map(
                petition ->
                    new Agenda.Item(
                        "petition",
                        petition.id(),
                        petition.title(),
                        petition.state(),
                        petition.signatures(),
                        Objects.requireNonNull(petition.onAgendaSince()),
                        petition.response(),
                        petition.project()))
            .toList());
  }

  /** An official gives the authority's answer; the petition is ANSWERED. */
  public Mono<PetitionView> answer(Actor by, String id, String markdown) {
    by.require("answer a petition for the authority", Role.OFFICIAL);
    petitions.visible(id, by);
    if (!properties.limits().fits(markdown)) {
      throw new PayloadTooLargeException(
          "An answer may hold at most "
              + properties.limits().pageBytes()
              + " bytes of Markdown; shorten it or link to a document.");
    }
    return petitions.sendAndRead(
        id, new AnswerPetition(new PetitionId(id), markdown, by, clock.instant()), by);
  }

  /**
   * An official opens a wikiproject from the petition, in its language, before its authority, asking its question;
   * the petition then links to it.
   */
  public Mono<ProjectView> openProject(Actor by, String id) {
    by.require("open a wikiproject from a petition", Role.OFFICIAL);
    var petition = petitions.visible(id, by);
    if (petition.project() != null) {
      throw new org.deliberation.core.common.ConflictException(
          "A wikiproject was already opened from this petition: GET /api/projects/"
              + petition.project()
              + ".");
    }
    var request =
        new CreateProjectRequest(
            petition.title(),
            question(petition),
            petition.authorityName(),
            Language.valueOf(petition.language()),
            null);
    return projects
        .create(by, request, id)
        .flatMap(
            project ->
                petitions
                    .send(
                        id,
                        new RecordProjectOpened(
                            new PetitionId(id), new ProjectId(project.id()), by, clock.instant()))
                    .thenReturn(project));
  }

  public Mono<PetitionView> close(Actor by, String id, @Nullable String reason) {
    by.require("close a petition", Role.OFFICIAL, Role.MODERATOR, Role.ADMIN);
    petitions.visible(id, by);
    return petitions.sendAndRead(
        id, new ClosePetition(new PetitionId(id), reason, by, clock.instant()), by);
  }

  private static String question(PetitionView petition) {
    var text = petition.text().strip();
    if (text.length() <= QUESTION) {
      return text;
    }
    // Cut where a character ends, never inside a surrogate pair.
    var end = Character.isHighSurrogate(text.charAt(QUESTION - 2)) ? QUESTION - 2 : QUESTION - 1;
    return text.substring(0, end).strip() + "…";
  }
}
