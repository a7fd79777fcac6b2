package org.deliberation.web.participant;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.deliberation.core.common.Role;
import org.jspecify.annotations.Nullable;

/** The complete set of roles a participant should hold; CITIZEN is always kept. */
public record RolesRequest(
    @NotNull(message = "list the roles, for example [\"EXPERT\"]") @Nullable Set<Role> roles) {}
