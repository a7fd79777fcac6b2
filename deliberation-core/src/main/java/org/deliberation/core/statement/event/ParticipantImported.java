package org.deliberation.core.statement.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;

/**
 * A participant of an imported conversation: they have no account, only their id in the source, which exports write
 * back so that a round trip gives the source's votes again.
 *
 * @param source where the conversation came from, such as {@code polis}
 */
public record ParticipantImported(
    ProjectId projectId, ParticipantId participant, String source, String externalId) {}
