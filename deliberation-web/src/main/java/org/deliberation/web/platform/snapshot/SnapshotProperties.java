package org.deliberation.web.platform.snapshot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the projections kept in memory are snapshotted ({@code DELIBERATION_SNAPSHOTS_ENABLED}, ...).
 *
 * @param enabled false: no snapshot is read or written, every start replays every event
 * @param everyEvents a snapshot is written once this many events were applied since the last one
 * @param every and at this interval when any event was applied since the last one (and at a clean shutdown)
 */
@ConfigurationProperties("deliberation.snapshots")
public record SnapshotProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("100000") int everyEvents,
    @DefaultValue("30s") Duration every) {}
