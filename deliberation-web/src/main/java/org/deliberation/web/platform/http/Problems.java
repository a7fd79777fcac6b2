package org.deliberation.web.platform.http;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.DomainException;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.RuleViolationException;
import org.deliberation.search.BadQueryException;
import org.deliberation.web.platform.limits.LimitExceededException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * The problem each failure stands for, with a title and a detail a person can act on: never a class name or a stack
 * trace; an unexpected failure gets an incident id that is logged with its cause. The API answers these
 * ({@link ProblemDetailsAdvice}); the pages show them beside a form or as an error page.
 */
public final class Problems {

  private static final Logger log = LoggerFactory.getLogger(Problems.class);

  /**
   * The problem an exception stands for, as the API would answer it: how the web pages tell a person what went wrong
   * in the same words.
   */
  public static ProblemDetail describe(Throwable e) {
    return switch (e) {
      case SignInRequiredException signIn ->
          problem(HttpStatus.UNAUTHORIZED, "Sign-in required", e.getMessage());
      case PayloadTooLargeException tooLarge -> onTooLarge(tooLarge);
      case LimitExceededException limited -> onLimitExceeded(limited);
      case PreconditionFailedException failed -> onPreconditionFailed(failed);
      case PreconditionRequiredException required -> onPreconditionRequired(required);
      case BadRequestException bad -> onBadRequest(bad);
      case BadQueryException bad -> onBadQuery(bad);
      case ErrorResponse response -> response.getBody();
      case Exception other -> onUnexpected(other);
      default -> onUnexpected(new IllegalStateException(e));
    };
  }

  static ProblemDetail onDomainException(DomainException e) {
    var status =
        switch (e) {
          case NotFoundException notFound -> HttpStatus.NOT_FOUND;
          case PermissionDeniedException denied -> HttpStatus.FORBIDDEN;
          case ConflictException conflict -> HttpStatus.CONFLICT;
          case RuleViolationException violation -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    return problem(status, e.title(), e.getMessage());
  }

  static ProblemDetail onSimultaneousWrite(RuntimeException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Conflict",
        "Someone changed this at the same moment. Reload it and try again.");
  }

  static ProblemDetail onTooLarge(PayloadTooLargeException e) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", e.getMessage());
  }

  /** A limit used up for now: which one, and when the next request of its kind is let through. */
  static ProblemDetail onLimitExceeded(LimitExceededException e) {
    var problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage());
    problem.setProperty("limit", e.limit());
    problem.setProperty("retryAfter", e.retryAfterSeconds());
    problem.setProperty("resetsAt", e.resetsAt().toString());
    return problem;
  }

  static ProblemDetail onPreconditionFailed(PreconditionFailedException e) {
    var problem = problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", e.getMessage());
    e.properties().forEach(problem::setProperty);
    return problem;
  }

  static ProblemDetail onPreconditionRequired(PreconditionRequiredException e) {
    return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", e.getMessage());
  }

  static ProblemDetail onBadRequest(BadRequestException e) {
    var problem = problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
    return problem;
  }

  static ProblemDetail onBadQuery(BadQueryException e) {
    return onBadRequest(new BadRequestException(e.parameter(), e.getMessage()));
  }

  static ProblemDetail onUnexpected(Exception e) {
    var domain = cause(e, DomainException.class);
    if (domain != null) {
      return onDomainException(domain);
    }
    if (cause(e, ConcurrencyException.class) != null
        || cause(e, AggregateStreamCreationException.class) != null) {
      return onSimultaneousWrite((RuntimeException) e);
    }
    var incident = UUID.randomUUID().toString();
    log.error("Incident {}", incident, e);
    var problem =
        problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Internal error",
            "Something went wrong on our side; nothing you sent was lost by it. Try again, and quote incident "
                + incident
                + " if it happens again.");
    problem.setProperty("incident", incident);
    return problem;
  }

  static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  /** The first exception of {@code type} in the chain of causes, if any. */
  static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private Problems() {}
}
