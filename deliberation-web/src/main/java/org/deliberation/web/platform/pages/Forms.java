package org.deliberation.web.platform.pages;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.http.Problems;
import org.deliberation.web.platform.http.SignInRequiredException;
import org.deliberation.web.platform.limits.LimitExceededException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What the pages' forms share: the API's own validation of a request before it is sent to the API's controller, and
 * the words in which a refusal is shown beside the form, which keeps what the person typed.
 */
@Component
public class Forms {

  private final Validator validator;
  private final LimitMessages limits;

  public Forms(Validator validator, LimitMessages limits) {
    this.validator = validator;
    this.limits = limits;
  }

  /** The request when its fields meet the API's constraints; otherwise a 400 naming the first field at fault. */
  public <T> T valid(T request) {
    var violations = validator.validate(request);
    if (violations.isEmpty()) {
      return request;
    }
    var first =
        violations.stream()
            .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
            .orElseThrow();
    var field = first.getPropertyPath().toString();
    throw new BadRequestException(field, field + ": " + first.getMessage());
  }

  /**
   * How a page shows a refused form: {@code show} gets what to tell the person, in the API's words, and the status
   * the API answers with. The failure is described once, so an unexpected one is logged under one incident.
   */
  public <T> Function<Throwable, Mono<T>> refused(BiFunction<String, HttpStatus, Mono<T>> show) {
    return e ->
        Mono.deferContextual(
            context -> {
              var problem = Problems.describe(e);
              var detail = problem.getDetail();
              var exchange = ServerWebExchangeContextFilter.getExchange(context);
              if (e instanceof LimitExceededException limited && exchange.isPresent()) {
                // A limit's refusal is the one the pages word in the reader's language.
                detail = limits.refusal(limited, exchange.get());
              }
              return show.apply(
                  detail == null ? "The form could not be sent." : detail,
                  HttpStatus.valueOf(problem.getStatus()));
            });
  }

  /**
   * Handles a posted form the way every page does: reads it, runs {@code action} (which validates the form as the API
   * would and calls the feature's service), and on a refusal renders {@code refused} with what to tell the person and
   * the API's status. A missing sign-in is not shown beside the form: it goes on to the sign-in page.
   */
  public <T> Mono<T> submit(
      ServerWebExchange exchange,
      Function<MultiValueMap<String, String>, Mono<T>> action,
      Refused<T> refused) {
    return exchange
        .getFormData()
        .flatMap(
            form ->
                Mono.defer(() -> action.apply(form))
                    .onErrorResume(
                        e -> !needsSignIn(e),
                        refused((error, status) -> refused.show(form, error, status))));
  }

  /** What a page shows for a refused form: the form as sent, the words to say, and the status. */
  @FunctionalInterface
  public interface Refused<T> {
    Mono<T> show(MultiValueMap<String, String> form, String error, HttpStatus status);
  }

  /** Whether a failure should send the person to sign in rather than be shown beside the form. */
  public static boolean needsSignIn(Throwable e) {
    return e instanceof SignInRequiredException;
  }

  /** A field of a posted form, stripped; empty when absent. */
  public static String field(MultiValueMap<String, String> form, String name) {
    var value = form.getFirst(name);
    return value == null ? "" : value.strip();
  }

  /**
   * A long text of a posted form exactly as typed, but with the line breaks browsers send ({@code CRLF}) made the
   * {@code LF} of the stored text, so that an edit does not touch every line.
   */
  public static String text(MultiValueMap<String, String> form, String name) {
    var value = form.getFirst(name);
    return value == null ? "" : value.replace("\r\n", "\n");
  }

  /** A field of a posted form, or null when absent or blank. */
  public static @Nullable String optional(MultiValueMap<String, String> form, String name) {
    var value = field(form, name);
    return value.isEmpty() ? null : value;
  }
}
