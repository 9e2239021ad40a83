package org.govgraph.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.ResponseError;
import org.springframework.web.client.RestClientResponseException;

/** Turns the errors of an answer into the typed exception for their classification. */
final class Errors {

	private Errors() {
	}

	static List<GraphQlError> of(List<ResponseError> errors) {
		var result = new ArrayList<GraphQlError>();
		for (ResponseError error : errors) {
			Map<String, Object> extensions = new java.util.LinkedHashMap<>(error.getExtensions());
			if (!extensions.containsKey("classification") && error.getErrorType() != null) {
				extensions.put("classification", error.getErrorType().toString());
			}
			result.add(GraphQlError.of(error.getMessage(), error.getParsedPath(), extensions));
		}
		return result;
	}

	/** The exception for these errors of an answer with this HTTP status and correlation id header. */
	static GovernanceGraphException exception(List<GraphQlError> errors, int status, String headerCorrelationId,
			Throwable cause) {
		String classification = errors.stream()
			.map(GraphQlError::classification)
			.filter((c) -> c != null)
			.findFirst()
			.orElse((status >= 400) ? Classification.ofStatus(status) : null);
		String argument = errors.stream().map(GraphQlError::argument).filter((a) -> a != null).findFirst().orElse(null);
		String correlationId = errors.stream()
			.map(GraphQlError::correlationId)
			.filter((c) -> c != null)
			.findFirst()
			.orElse(headerCorrelationId);
		String message = (errors.isEmpty() ? "HTTP " + status : errors.get(0).message());
		String text = classification + ((argument != null) ? " (argument '" + argument + "')" : "") + ": " + message
				+ ((correlationId != null) ? " [correlation id " + correlationId + "]" : "");
		if (classification == null) {
			return new TransportException(text, null, argument, correlationId, status, errors, cause);
		}
		return switch (normalized(classification)) {
			case Classification.BAD_REQUEST -> new BadRequestException(text, classification, argument, correlationId, status, errors, cause);
			case Classification.NOT_FOUND -> new NotFoundException(text, classification, argument, correlationId, status, errors, cause);
			case Classification.UNAUTHORIZED -> new UnauthorizedException(text, classification, argument, correlationId, status, errors, cause);
			case Classification.FORBIDDEN -> new ForbiddenException(text, classification, argument, correlationId, status, errors, cause);
			case Classification.LIMIT_EXCEEDED, Classification.REQUEST_TOO_LARGE ->
				new LimitExceededException(text, classification, argument, correlationId, status, errors, cause);
			case Classification.SYNC_TOKEN_INVALID -> new SyncTokenInvalidException(text, classification, argument, correlationId, status, errors, cause);
			case Classification.TIMEOUT -> new RequestTimeoutException(text, classification, argument, correlationId, status, errors, cause);
			case Classification.SERVICE_UNAVAILABLE -> new ServiceUnavailableException(text, classification, argument, correlationId, status, errors, cause);
			case Classification.RATE_LIMITED -> new RateLimitedException(text, argument, correlationId, status, errors, null, 1);
			default -> new GovernanceGraphException(text, classification, argument, correlationId, status, errors, cause);
		};
	}

	/** graphql-java's own classifications of a document it refuses are {@code BAD_REQUEST}s. */
	private static String normalized(String classification) {
		return switch (classification) {
			case "ValidationError", "InvalidSyntax", "OperationNotSupported" -> Classification.BAD_REQUEST;
			default -> classification;
		};
	}

	/**
	 * The errors of an HTTP answer the transport did not read as a GraphQL response (a 5xx, or a 4xx
	 * under {@code application/json}): its GraphQL errors when the body has them, else the problem
	 * detail's {@code detail} and {@code correlationId}.
	 */
	@SuppressWarnings("unchecked")
	static List<GraphQlError> ofBody(RestClientResponseException ex, JsonMapper json) {
		try {
			Map<String, Object> body = json.readValue(ex.getResponseBodyAsByteArray(), Map.class);
			if (body.get("errors") instanceof List<?> list) {
				var result = new ArrayList<GraphQlError>();
				for (Object item : list) {
					if (item instanceof Map<?, ?> error) {
						result.add(GraphQlError.of(String.valueOf(error.get("message")), (List<?>) error.get("path"),
								(Map<String, ?>) error.get("extensions")));
					}
				}
				return result;
			}
			if (body.get("detail") != null) {
				var extensions = new java.util.LinkedHashMap<String, Object>();
				extensions.put("classification", Classification.ofStatus(ex.getStatusCode().value()));
				if (body.get("correlationId") != null) {
					extensions.put("correlationId", body.get("correlationId"));
				}
				return List.of(GraphQlError.of(String.valueOf(body.get("detail")), List.of(), extensions));
			}
		}
		catch (RuntimeException notJson) {
			// Not a JSON body: the status alone classifies it.
		}
		return List.of();
	}

	/** The wait a rate-limited answer asks for: its {@code Retry-After} header, else {@code extensions.retryAfterSeconds}. */
	static Duration retryAfter(String header, List<GraphQlError> errors, java.time.Instant now) {
		Duration wait = RetryAfter.parse(header, now);
		if (wait != null) {
			return wait;
		}
		for (GraphQlError error : errors) {
			if (error.extensions().get("retryAfterSeconds") instanceof Number seconds) {
				return Duration.ofSeconds(seconds.longValue());
			}
		}
		return null;
	}

}
