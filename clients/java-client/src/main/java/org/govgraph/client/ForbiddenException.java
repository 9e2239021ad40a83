package org.govgraph.client;

import java.util.List;

/** {@code FORBIDDEN} (HTTP 403): the bearer token is valid but lacks the role the operation needs. */
public class ForbiddenException extends GovernanceGraphException {

	public ForbiddenException(String message, String classification, String argument, String correlationId, int httpStatus,
			List<GraphQlError> errors, Throwable cause) {
		super(message, classification, argument, correlationId, httpStatus, errors, cause);
	}

}
