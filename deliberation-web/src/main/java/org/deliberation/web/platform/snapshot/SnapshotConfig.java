package org.deliberation.web.platform.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.axonframework.serialization.Serializer;
import org.deliberation.web.platform.axon.Projection;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives every projection rebuilt at start a snapshot under {@code <data>/snapshots/}, beside the search index: each
 * node has its own, as it has its own memory. Registered after the Axon wiring ({@link #order}), whose in-memory token
 * store of these projections it replaces with one that tells the snapshot what the processor committed.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfig {

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService snapshotWriter() {
    return Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("projection-snapshots").daemon().factory());
  }

  @Bean
  ConfigurerModule projectionSnapshots(
      List<Projection> projections,
      ObjectProvider<PayloadCodec<?>> codecs,
      ObjectProvider<SnapshotRestoreListener> listeners,
      Serializer serializer,
      DeliberationProperties properties,
      SnapshotProperties snapshots,
      ScheduledExecutorService snapshotWriter) {
    return new ConfigurerModule() {
      @Override
      public void configureModule(Configurer configurer) {
        if (!snapshots.enabled()) {
          return;
        }
        var codec = new MessageCodec(serializer, codecs.orderedStream().toList());
        var all = new ArrayList<ProjectionSnapshot>();
        for (var projection : projections) {
          if (projection.position() == Projection.Position.REBUILT_AT_START) {
            var group = projection.group();
            var snapshot =
                new ProjectionSnapshot(
                    group,
                    properties.dataDir().resolve("snapshots").resolve(group + ".snapshot"),
                    codec,
                    serializer,
                    snapshots.everyEvents(),
                    snapshotWriter);
            all.add(snapshot);
            configurer
                .eventProcessing()
                .registerTokenStore(group, c -> snapshot.tokens())
                .registerHandlerInterceptor(group, c -> snapshot.interceptor());
            configurer.onInitialize(
                config -> {
                  // Before the processors start (they do at INBOUND_EVENT_CONNECTORS), after them
                  // at a shutdown.
                  config.onStart(
                      Phase.INBOUND_EVENT_CONNECTORS - 1,
                      () ->
                          config
                              .eventProcessingConfiguration()
                              .eventProcessor(group, AbstractEventProcessor.class)
                              .ifPresent(
                                  processor ->
                                      snapshot.restore(
                                          processor.eventHandlerInvoker(),
                                          config.eventStore().createHeadToken(),
                                          listeners
                                              .orderedStream()
                                              .filter(listener -> listener.group().equals(group))
                                              .toList())));
                  config.onShutdown(Phase.INBOUND_EVENT_CONNECTORS - 1, snapshot::write);
                });
          }
        }
        long every = snapshots.every().toMillis();
        snapshotWriter.scheduleWithFixedDelay(
            () -> all.forEach(ProjectionSnapshot::write), every, every, TimeUnit.MILLISECONDS);
      }

      @Override
      public int order() {
        // After AxonConfig's modules (order 0): this token store replaces theirs.
        return 100;
      }
    };
  }
}
