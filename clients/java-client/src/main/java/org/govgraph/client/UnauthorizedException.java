package org.govgraph.client;

import java.util.List;

/** {@code UNAUTHORIZED} (HTTP 401): a write without a bearer token, or with one that is not valid. */
public class UnauthorizedException extends GovernanceGraphException {

	public UnauthorizedException(String message, String classification, String argument, String correlationId, int httpStatus,
			List<GraphQlError> errors, Throwable cause) {
		super(message, classification, argument, correlationId, httpStatus, errors, cause);
	}

}
