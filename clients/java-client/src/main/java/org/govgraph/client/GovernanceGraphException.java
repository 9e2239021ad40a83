package org.govgraph.client;

import java.util.List;

/**
 * An error the API answered with (or the transport met), typed by its classification: the
 * subclasses stand for the classifications a client acts on ({@link NotFoundException},
 * {@link BadRequestException}, {@link RateLimitedException}, {@link SyncTokenInvalidException} …);
 * any other classification comes as this class itself. Each carries the classification, the
 * argument the error names, the correlation id the server logged the request under, the HTTP
 * status (0 over a WebSocket or when no answer came) and all the GraphQL errors of the answer.
 */
public class GovernanceGraphException extends RuntimeException {

	private final String classification;

	private final String argument;

	private final String correlationId;

	private final int httpStatus;

	private final List<GraphQlError> errors;

	public GovernanceGraphException(String message, String classification, String argument, String correlationId,
			int httpStatus, List<GraphQlError> errors, Throwable cause) {
		super(message, cause);
		this.classification = classification;
		this.argument = argument;
		this.correlationId = correlationId;
		this.httpStatus = httpStatus;
		this.errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	/** {@code extensions.classification} of the first error, e.g. {@code NOT_FOUND}; see {@link Classification}. */
	public String classification() {
		return this.classification;
	}

	/** {@code extensions.argument} of the first error that names one, e.g. {@code acronym}; null when none does. */
	public String argument() {
		return this.argument;
	}

	/** The id the server logged the request under ({@code extensions.correlationId} or the {@code X-Correlation-Id} header). */
	public String correlationId() {
		return this.correlationId;
	}

	/** The HTTP status of the answer; 0 when there was none (WebSocket, or no answer at all). */
	public int httpStatus() {
		return this.httpStatus;
	}

	/** All the GraphQL errors of the answer, in order; empty when the answer had none (a transport failure). */
	public List<GraphQlError> errors() {
		return this.errors;
	}

}
