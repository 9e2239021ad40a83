package org.govgraph.api.graph;

import org.springframework.graphql.execution.ErrorType;

/**
 * An error a client can act on, reported as a GraphQL error whose
 * {@code extensions.classification} is {@code BAD_REQUEST} or {@code NOT_FOUND}, never as
 * a stack trace.
 */
public final class ApiException extends RuntimeException {

	private final ErrorType type;

	private final String argument;

	private ApiException(ErrorType type, String argument, String message) {
		super(message);
		this.type = type;
		this.argument = argument;
	}

	/** Bad input in the named argument. */
	public static ApiException badRequest(String argument, String message) {
		return new ApiException(ErrorType.BAD_REQUEST, argument, message);
	}

	/** Nothing is known under the given identifier. */
	public static ApiException notFound(String argument, String message) {
		return new ApiException(ErrorType.NOT_FOUND, argument, message);
	}

	public ErrorType type() {
		return this.type;
	}

	/** The argument the error concerns; null when it concerns none. */
	public String argument() {
		return this.argument;
	}

}
