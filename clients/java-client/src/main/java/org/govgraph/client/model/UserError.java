package org.govgraph.client.model;

import java.util.List;

/**
 * Why a write was refused: the input field it concerns, a message to act on, and a code.
 *
 * @param field the path of the input field, e.g. {@code ["input", "provenance", "0", "quote"]}.
 * @param message what is wrong, in the same words the dataset loader uses for the same rule.
 * @param code the kind of refusal.
 */
public record UserError(List<String> field, String message, UserErrorCode code) {

	public UserError {
		field = (field != null) ? List.copyOf(field) : List.of();
	}

}
