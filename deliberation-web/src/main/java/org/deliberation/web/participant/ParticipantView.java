package org.deliberation.web.participant;

import java.util.List;

/** A participant as the API shows them: never their e-mail or postcode, except to themselves in {@code /me}. */
public record ParticipantView(String id, String displayName, List<String> roles) {

  public ParticipantView {
    roles = List.copyOf(roles);
  }

  static ParticipantView of(ParticipantAccount account) {
    return new ParticipantView(
        account.id().value(),
        account.displayName(),
        account.roles().stream().map(Enum::name).sorted().toList());
  }
}
