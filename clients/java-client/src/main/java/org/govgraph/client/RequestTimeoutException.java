package org.govgraph.client;

import java.util.List;

/** {@code TIMEOUT} (HTTP 504): the request ran longer than the API allows. */
public class RequestTimeoutException extends GovernanceGraphException {

	public RequestTimeoutException(String message, String classification, String argument, String correlationId, int httpStatus,
			List<GraphQlError> errors, Throwable cause) {
		super(message, classification, argument, correlationId, httpStatus, errors, cause);
	}

}
