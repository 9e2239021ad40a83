package org.govgraph.client;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.govgraph.client.model.GraphQlInput;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Sends one operation over HTTP and reads one root field of its answer: retries on 429 by the
 * {@link RetryPolicy}, and turns errors into typed exceptions.
 */
final class Requests {

	/** How the client waits between attempts; a test may replace it. */
	interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

	private final GraphQlClient http;

	private final JsonMapper json;

	private final RetryPolicy retry;

	private final Sleeper sleeper;

	private final Clock clock;

	private final RetryListener listener;

	Requests(GraphQlClient http, JsonMapper json, RetryPolicy retry, Sleeper sleeper, Clock clock, RetryListener listener) {
		this.listener = listener;
		this.http = http;
		this.json = json;
		this.retry = retry;
		this.sleeper = sleeper;
		this.clock = clock;
	}

	/**
	 * The value of the root field {@code field} of the document {@code document}, as {@code type};
	 * null when the field is null without an error.
	 * @param lenient whether errors below the field (null entries of a list) are tolerated
	 */
	<T> T execute(boolean mutation, String document, String field, Map<String, Object> variables,
			ParameterizedTypeReference<T> type, boolean lenient) {
		Duration waited = Duration.ZERO;
		for (int attempt = 1;; attempt++) {
			var exchange = new Exchange();
			ClientGraphQlResponse response = null;
			List<GraphQlError> errors;
			GovernanceGraphException failure = null;
			try {
				response = this.http.documentName(document)
					.variables(variables)
					.attribute(Exchange.ATTRIBUTE, exchange)
					.executeSync();
				errors = Errors.of(response.getErrors());
			}
			catch (RuntimeException ex) {
				// The sync transport throws RestClient's exceptions for a 5xx, or a 4xx it does not read
				// as a GraphQL response, and for I/O failures; some arrive wrapped, some not.
				RestClientResponseException http = cause(ex, RestClientResponseException.class);
				if (http != null) {
					errors = Errors.ofBody(http, this.json);
					exchange.status = http.getStatusCode().value();
					if (exchange.retryAfter == null && http.getResponseHeaders() != null) {
						exchange.retryAfter = http.getResponseHeaders().getFirst("Retry-After");
					}
					if (exchange.correlationId == null && http.getResponseHeaders() != null) {
						exchange.correlationId = http.getResponseHeaders().getFirst(Exchange.CORRELATION_ID);
					}
				}
				else {
					errors = List.of();
				}
				failure = (http != null) ? Errors.exception(errors, exchange.status, exchange.correlationId, ex)
						: new TransportException("No GraphQL answer from " + document + ": " + ex.getMessage(), null, null,
								exchange.correlationId, exchange.status, List.of(), ex);
			}
			boolean rateLimited = exchange.status == 429
					|| errors.stream().anyMatch((e) -> Classification.RATE_LIMITED.equals(e.classification()));
			if (rateLimited) {
				Duration wait = Errors.retryAfter(exchange.retryAfter, errors, this.clock.instant());
				Duration next = (wait != null) ? wait : this.retry.defaultWait();
				boolean may = attempt < this.retry.maxAttempts() && (!mutation || this.retry.retryMutations())
						&& waited.plus(next).compareTo(this.retry.maxTotalWait()) <= 0;
				if (may) {
					if (this.listener != null) {
						this.listener.beforeRetry(document, attempt, next,
								Errors.exception(errors, exchange.status, exchange.correlationId, null));
					}
					sleep(next);
					waited = waited.plus(next);
					continue;
				}
				GovernanceGraphException typed = Errors.exception(errors, exchange.status, exchange.correlationId, null);
				throw new RateLimitedException(typed.getMessage() + " (gave up after " + attempt + " attempt"
						+ ((attempt == 1) ? "" : "s") + ", " + waited.toMillis() + " ms waited)", typed.argument(),
						typed.correlationId(), exchange.status, errors, wait, attempt);
			}
			if (failure != null) {
				throw failure;
			}
			return read(response, errors, exchange, field, type, lenient);
		}
	}

	private <T> T read(ClientGraphQlResponse response, List<GraphQlError> errors, Exchange exchange, String field,
			ParameterizedTypeReference<T> type, boolean lenient) {
		if (!response.isValid()) {
			throw Errors.exception(errors, exchange.status, exchange.correlationId, null);
		}
		ClientResponseField value = response.field(field);
		List<GraphQlError> fieldErrors = Errors.of(value.getErrors());
		List<GraphQlError> requestErrors = errors.stream().filter((e) -> e.path().isEmpty()).toList();
		if (!requestErrors.isEmpty()) {
			throw Errors.exception(requestErrors, exchange.status, exchange.correlationId, null);
		}
		if (!fieldErrors.isEmpty() && (!lenient || value.getValue() == null)) {
			throw Errors.exception(fieldErrors, exchange.status, exchange.correlationId, null);
		}
		if (value.getValue() == null) {
			return null;
		}
		return this.json.convertValue(value.getValue(), this.json.constructType(type.getType()));
	}

	private static <E extends Throwable> E cause(Throwable ex, Class<E> type) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private void sleep(Duration duration) {
		try {
			this.sleeper.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TransportException("Interrupted while waiting to retry", null, null, null, 0, List.of(), ex);
		}
	}

	/** Variables from name/value pairs: nulls left out (so the schema's defaults apply), inputs as maps. */
	Map<String, Object> variables(Object... namesAndValues) {
		var variables = new LinkedHashMap<String, Object>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			if (value != null) {
				variables.put((String) namesAndValues[i], toJson(value));
			}
		}
		return variables;
	}

	/** An input record as the JSON object GraphQL expects: null components left out, cleared fields as null. */
	@SuppressWarnings("unchecked")
	Object toJson(Object value) {
		if (value instanceof GraphQlInput input) {
			Map<String, Object> map = new LinkedHashMap<>(this.json.convertValue(value, Map.class));
			for (String cleared : input.clearedFields()) {
				map.put(cleared, null);
			}
			return map;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(this::toJson).toList();
		}
		return value;
	}

}
