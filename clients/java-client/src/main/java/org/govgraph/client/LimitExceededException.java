package org.govgraph.client;

import java.util.List;

/** {@code LIMIT_EXCEEDED} or {@code REQUEST_TOO_LARGE}: the request is over one of the API's limits (depth, aliases, cost, size); retrying it as it is cannot succeed. */
public class LimitExceededException extends GovernanceGraphException {

	public LimitExceededException(String message, String classification, String argument, String correlationId, int httpStatus,
			List<GraphQlError> errors, Throwable cause) {
		super(message, classification, argument, correlationId, httpStatus, errors, cause);
	}

}
