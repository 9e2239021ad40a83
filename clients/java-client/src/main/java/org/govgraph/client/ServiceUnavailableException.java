package org.govgraph.client;

import java.util.List;

/** {@code SERVICE_UNAVAILABLE} (HTTP 503): the API cannot serve now (its database is unreachable, or it is stopping). */
public class ServiceUnavailableException extends GovernanceGraphException {

	public ServiceUnavailableException(String message, String classification, String argument, String correlationId, int httpStatus,
			List<GraphQlError> errors, Throwable cause) {
		super(message, classification, argument, correlationId, httpStatus, errors, cause);
	}

}
