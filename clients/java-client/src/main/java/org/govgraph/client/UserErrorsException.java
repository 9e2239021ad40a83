package org.govgraph.client;

import java.util.List;

import org.govgraph.client.model.UserError;

/**
 * Thrown by a payload's {@code orThrow()} when a mutation answered with {@code userErrors}: the
 * write was refused (validation, a stale {@code expectedVersion}, a duplicate key …) and nothing
 * was changed. {@link #classification()} is the first user error's code ({@code CONFLICT} …).
 */
public class UserErrorsException extends GovernanceGraphException {

	private final List<UserError> userErrors;

	public UserErrorsException(List<UserError> userErrors) {
		super(message(userErrors), userErrors.isEmpty() ? null : String.valueOf(userErrors.get(0).code()),
				userErrors.isEmpty() || userErrors.get(0).field().isEmpty() ? null
						: String.join(".", userErrors.get(0).field()),
				null, 200, List.of(), null);
		this.userErrors = List.copyOf(userErrors);
	}

	/** The user errors of the payload, in order. */
	public List<UserError> userErrors() {
		return this.userErrors;
	}

	private static String message(List<UserError> errors) {
		return errors.stream()
			.map((e) -> e.code() + (e.field().isEmpty() ? "" : " " + String.join(".", e.field())) + ": " + e.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse("userErrors");
	}

}
