package org.govgraph.client.model;

/**
 * The kinds of refusal of a write.
 */
public enum UserErrorCode {

	/**
	 * A value or its provenance breaks a rule of the vocabulary (type, kind, date, time zone, supports,
	 * quote, endpoints).
	 */
	VALIDATION,

	/**
	 * The entity named, or one the write refers to, does not exist.
	 */
	NOT_FOUND,

	/**
	 * The write was based on a version that is no longer current (the message names the current one), or
	 * the entity's state forbids it (retired).
	 */
	CONFLICT,

	/**
	 * An entity of this kind with this key, or this relationship, exists already.
	 */
	DUPLICATE_KEY;

}
