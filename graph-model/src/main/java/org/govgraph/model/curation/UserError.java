package org.govgraph.model.curation;

import java.util.List;

/**
 * Why a write was refused, in words the writer can act on, naming the input field (a path
 * such as {@code ["input", "provenance", "0", "quote"]}).
 */
public record UserError(List<String> field, String message, Code code) {

	public UserError {
		field = List.copyOf(field);
	}

	/** The kind of refusal. */
	public enum Code {

		/** A value or its provenance breaks a rule of the vocabulary. */
		VALIDATION,
		/** The entity (or one the write names) does not exist. */
		NOT_FOUND,
		/** The write was based on a version that is no longer current, or the entity's state forbids it. */
		CONFLICT,
		/** An entity with this key, or this relationship, exists already. */
		DUPLICATE_KEY

	}

	static UserError validation(List<String> field, String message) {
		return new UserError(field, message, Code.VALIDATION);
	}

}
