package org.govgraph.client.model;

/**
 * Whether a change is to a value or a relationship.
 */
public enum FieldChangeKind {

	/**
	 * A value of the entity changed (or its provenance did).
	 */
	VALUE,

	/**
	 * A relationship was added.
	 */
	ADDED,

	/**
	 * A relationship was removed.
	 */
	REMOVED;

}
