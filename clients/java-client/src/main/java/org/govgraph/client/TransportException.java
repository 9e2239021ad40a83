package org.govgraph.client;

import java.util.List;

/** No GraphQL answer: the connection failed, timed out, or the answer was not a GraphQL response; {@link #classification()} is null unless the HTTP status implies one. */
public class TransportException extends GovernanceGraphException {

	public TransportException(String message, String classification, String argument, String correlationId, int httpStatus,
			List<GraphQlError> errors, Throwable cause) {
		super(message, classification, argument, correlationId, httpStatus, errors, cause);
	}

}
