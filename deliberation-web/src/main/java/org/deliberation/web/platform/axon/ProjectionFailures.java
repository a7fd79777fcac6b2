package org.deliberation.web.platform.axon;

import org.axonframework.common.Priority;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;

/**
 * Turns an {@link Error} thrown by an event handler (a stack overflow on a pathological page, say) into an exception
 * the projection's dead-letter queue takes: the event is parked and the projection goes on with the next one. Left
 * as an error, it passed the queue (which catches exceptions only), killed the processor's thread, and came back at
 * every start: one edit stopped search for every project, for good.
 *
 * <p>Outermost of the handler enhancers ({@link Priority#LAST}), so that it also sees what the others throw.
 */
@Component
@Priority(Priority.LAST)
public class ProjectionFailures implements HandlerEnhancerDefinition {

  @Override
  public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
    if (!original.canHandleMessageType(EventMessage.class)) {
      return original;
    }
    return new WrappedMessageHandlingMember<>(original) {
      @Override
      public Object handle(Message<?> message, T target) throws Exception {
        try {
          return super.handle(message, target);
        } catch (Error error) {
          throw new ProjectionFailedException(message, error);
        }
      }
    };
  }

  /** An event a handler could not take, for a reason that would otherwise have ended its processor. */
  public static final class ProjectionFailedException extends RuntimeException {

    ProjectionFailedException(Message<?> message, Error cause) {
      super(
          "the handler of "
              + message.getPayloadType().getSimpleName()
              + " failed with "
              + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
          cause);
    }
  }
}
