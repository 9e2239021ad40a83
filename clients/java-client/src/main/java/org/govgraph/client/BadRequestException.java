package org.govgraph.client;

import java.util.List;

/** {@code BAD_REQUEST}: an argument out of its range, a malformed ID, cursor or date, or a document the API refuses; {@link #argument()} names the argument. */
public class BadRequestException extends GovernanceGraphException {

	public BadRequestException(String message, String classification, String argument, String correlationId, int httpStatus,
			List<GraphQlError> errors, Throwable cause) {
		super(message, classification, argument, correlationId, httpStatus, errors, cause);
	}

}
