package org.deliberation.web.platform.limits;

import org.deliberation.web.platform.config.DeliberationProperties;

/** An action counted twice: against the participant who takes it and against the client address it comes from. */
public record ActionLimit(Limit perParticipant, Limit perAddress) {

  /** {@code name-per-participant} and {@code name-per-address}, as configured. */
  public static ActionLimit of(String name, DeliberationProperties.Allowance allowance) {
    return new ActionLimit(
        new Limit(name + "-per-participant", allowance.participant(), allowance.period()),
        new Limit(name + "-per-address", allowance.address(), allowance.period()));
  }
}
