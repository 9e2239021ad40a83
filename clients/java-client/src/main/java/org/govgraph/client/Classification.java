package org.govgraph.client;

/**
 * The classifications the API puts in {@code extensions.classification}, as constants: an
 * exception's {@link GovernanceGraphException#classification()} is a string so that a
 * classification this client does not know yet still comes through.
 */
public final class Classification {

	public static final String BAD_REQUEST = "BAD_REQUEST";

	public static final String NOT_FOUND = "NOT_FOUND";

	public static final String UNAUTHORIZED = "UNAUTHORIZED";

	public static final String FORBIDDEN = "FORBIDDEN";

	public static final String RATE_LIMITED = "RATE_LIMITED";

	public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

	public static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";

	public static final String SYNC_TOKEN_INVALID = "SYNC_TOKEN_INVALID";

	public static final String TIMEOUT = "TIMEOUT";

	public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

	public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	private Classification() {
	}

	/** The classification an answer with this HTTP status and no GraphQL error of its own stands for. */
	public static String ofStatus(int status) {
		return switch (status) {
			case 400 -> BAD_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 413 -> REQUEST_TOO_LARGE;
			case 429 -> RATE_LIMITED;
			case 503 -> SERVICE_UNAVAILABLE;
			case 504 -> TIMEOUT;
			default -> (status >= 500) ? INTERNAL_ERROR : BAD_REQUEST;
		};
	}

}
