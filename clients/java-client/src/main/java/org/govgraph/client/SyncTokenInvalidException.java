package org.govgraph.client;

import java.util.List;

/** {@code SYNC_TOKEN_INVALID}: the sync token (or the cursor of a sync) is expired, forged or of another forum; start over with a full snapshot (no token). */
public class SyncTokenInvalidException extends GovernanceGraphException {

	public SyncTokenInvalidException(String message, String classification, String argument, String correlationId, int httpStatus,
			List<GraphQlError> errors, Throwable cause) {
		super(message, classification, argument, correlationId, httpStatus, errors, cause);
	}

}
