package org.govgraph.client.model;

import java.util.List;

import org.govgraph.client.UserErrorsException;

/**
 * What a mutation answered: the entity it wrote ({@code event}, {@code node}, {@code webhook} …
 * of the schema's {@code XPayload}, sent as {@code result}), or the user errors that refused it.
 * User errors are data, not exceptions; {@link #orThrow()} turns them into one.
 *
 * @param result the entity as written; null when the write was refused
 * @param userErrors errors a user can fix; empty when the write was made
 * @param <T> the entity the mutation writes
 */
public record Payload<T>(T result, List<UserError> userErrors) implements WithUserErrors {

	public Payload {
		userErrors = (userErrors != null) ? List.copyOf(userErrors) : List.of();
	}

	/** The entity written, or {@link UserErrorsException} carrying the user errors. */
	public T orThrow() {
		if (!this.userErrors.isEmpty()) {
			throw new UserErrorsException(this.userErrors);
		}
		return this.result;
	}

}
