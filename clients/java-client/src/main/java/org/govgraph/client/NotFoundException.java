package org.govgraph.client;

import java.util.List;

/** {@code NOT_FOUND}: no entity has the key or ID given; {@link #argument()} names the argument. */
public class NotFoundException extends GovernanceGraphException {

	public NotFoundException(String message, String classification, String argument, String correlationId, int httpStatus,
			List<GraphQlError> errors, Throwable cause) {
		super(message, classification, argument, correlationId, httpStatus, errors, cause);
	}

}
