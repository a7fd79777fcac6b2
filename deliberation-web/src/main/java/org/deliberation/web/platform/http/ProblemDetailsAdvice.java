package org.deliberation.web.platform.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.deliberation.core.common.DomainException;
import org.deliberation.search.BadQueryException;
import org.deliberation.web.platform.limits.LimitExceededException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Maps every failure to {@code application/problem+json} with a title and a detail a person can act on. Details
 * never carry a class name or a stack trace; an unexpected failure gets an incident id that is logged with its cause.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  @ExceptionHandler
  ResponseEntity<ProblemDetail> handleDomainException(DomainException e) {
    return respond(Problems.onDomainException(e));
  }

  @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
  ResponseEntity<ProblemDetail> handleSimultaneousWrite(RuntimeException e) {
    return respond(Problems.onSimultaneousWrite(e));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> onSignInRequired(SignInRequiredException e) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.problem(HttpStatus.UNAUTHORIZED, "Sign-in required", e.getMessage()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> handleTooLarge(PayloadTooLargeException e) {
    return respond(Problems.onTooLarge(e));
  }

  /** 429 with {@code Retry-After} in seconds, and the limit's name and when it lets the next request through. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> handleLimitExceeded(LimitExceededException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.onLimitExceeded(e));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> handlePreconditionFailed(PreconditionFailedException e) {
    return respond(Problems.onPreconditionFailed(e));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> handlePreconditionRequired(PreconditionRequiredException e) {
    return respond(Problems.onPreconditionRequired(e));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> handleBadRequest(BadRequestException e) {
    return respond(Problems.onBadRequest(e));
  }

  /** A search the index refuses, named by the parameter to change. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> handleBadQuery(BadQueryException e) {
    return respond(Problems.onBadQuery(e));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
    return respond(Problems.onUnexpected(e));
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(
      WebExchangeBindException e,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    var errors = new ArrayList<Map<String, String>>();
    e.getFieldErrors()
        .forEach(
            error ->
                errors.add(
                    Map.of(
                        "field",
                        error.getField(),
                        "message",
                        error.getDefaultMessage() == null
                            ? "is invalid"
                            : error.getDefaultMessage())));
    e.getGlobalErrors()
        .forEach(
            error ->
                errors.add(
                    Map.of(
                        "field",
                        error.getObjectName(),
                        "message",
                        error.getDefaultMessage() == null
                            ? "is invalid"
                            : error.getDefaultMessage())));
    var problem =
        Problems.problem(
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            "Some fields are missing or invalid: "
                + String.join(", ", errors.stream().map(x -> x.get("field")).toList())
                + ". See errors for what each needs.");
    problem.setProperty("errors", errors);
    return Mono.just(
        ResponseEntity.status(HttpStatus.BAD_REQUEST)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem));
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleServerWebInputException(
      ServerWebInputException e,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    if (Problems.cause(e, DataBufferLimitException.class) != null) {
      return Mono.just(
          respondAny(
              Problems.problem(
                  HttpStatus.CONTENT_TOO_LARGE,
                  "Too large",
                  "The request body is too large. Send at most 512 KB.")));
    }
    String detail;
    var mismatch = Problems.cause(e, TypeMismatchException.class);
    if (mismatch != null) {
      detail =
          "The parameter '"
              + (e.getMethodParameter() == null
                  ? mismatch.getPropertyName()
                  : e.getMethodParameter().getParameterName())
              + "' has the wrong type: it must be "
              + (mismatch.getRequiredType() == null
                  ? "of another type"
                  : "a " + friendly(mismatch.getRequiredType()))
              + ".";
    } else if (Problems.cause(e, MismatchedInputException.class) != null
        && !Problems.cause(e, MismatchedInputException.class).getPath().isEmpty()) {
      var field =
          Problems.cause(e, MismatchedInputException.class).getPath().stream()
              .map(
                  reference ->
                      reference.getPropertyName() != null
                          ? reference.getPropertyName()
                          : String.valueOf(reference.getIndex()))
              .collect(java.util.stream.Collectors.joining("."));
      var problem =
          Problems.problem(
              HttpStatus.BAD_REQUEST,
              "Invalid request",
              "The field '"
                  + field
                  + "' has a value of the wrong type or outside the allowed values.");
      problem.setProperty(
          "errors", List.of(Map.of("field", field, "message", "has a wrong type or value")));
      return Mono.just(respondAny(problem));
    } else if (Problems.cause(e, DecodingException.class) != null || e.getCause() != null) {
      detail =
          "The body is not valid JSON of the expected shape: check its syntax and the type of each field.";
    } else {
      detail = "The request is incomplete: " + e.getReason() + ".";
    }
    return Mono.just(respondAny(Problems.problem(HttpStatus.BAD_REQUEST, "Bad request", detail)));
  }

  // Spring's own errors (405, 406, 415...) sometimes come without a detail; every problem here has
  // one.
  @Override
  protected Mono<ResponseEntity<Object>> createResponseEntity(
      @Nullable Object body,
      @Nullable HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    if (status.value() == 404 && BrowserErrorPage.wanted(exchange)) {
      return Mono.just(
          ResponseEntity.status(status)
              .contentType(BrowserErrorPage.HTML)
              .body(BrowserErrorPage.notFound()));
    }
    if (body instanceof ProblemDetail problem
        && (problem.getDetail() == null || problem.getDetail().isBlank())) {
      problem.setDetail(
          switch (status.value()) {
            case 405 ->
                "This address does not accept "
                    + exchange.getRequest().getMethod().name()
                    + "; see /v3/api-docs for what it accepts.";
            case 406 ->
                "This resource cannot be given in the format asked for in Accept; ask for application/json.";
            case 413 -> "The request body is too large. Send at most 512 KB.";
            case 415 -> "Send the body as application/json.";
            default -> "The request could not be handled (" + status.value() + ").";
          });
    }
    var problemHeaders = new HttpHeaders();
    if (headers != null) {
      problemHeaders.putAll(headers);
    }
    if (body instanceof ProblemDetail) {
      problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
    return super.createResponseEntity(body, problemHeaders, status, exchange);
  }

  private static String friendly(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "whole number";
    }
    return type.isEnum()
        ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
        : "valid value";
  }

  /**
   * A problem answer with its media type fixed, so that content negotiation cannot pick another: an event-stream
   * endpoint's errors would otherwise be written as a server-sent event.
   */
  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ResponseEntity<Object> respondAny(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
