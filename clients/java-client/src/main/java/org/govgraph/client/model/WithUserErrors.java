package org.govgraph.client.model;

import java.util.List;

/** A mutation's payload: what it wrote, or the user errors that refused the write. */
public interface WithUserErrors {

	/** Errors a user can fix (validation, a stale {@code expectedVersion}, a duplicate key …); empty when the write was made. */
	List<UserError> userErrors();

	/** True when the write was made: no user errors. */
	default boolean succeeded() {
		return userErrors().isEmpty();
	}

}
