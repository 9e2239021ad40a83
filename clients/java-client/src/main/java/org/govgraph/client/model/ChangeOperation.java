package org.govgraph.client.model;

/**
 * What a write did to an entity.
 */
public enum ChangeOperation {

	/**
	 * The entity was created.
	 */
	CREATED,

	/**
	 * Some of its values changed.
	 */
	UPDATED,

	/**
	 * It was retired: it left lists, search and paths, and keeps its values and history.
	 */
	RETIRED,

	/**
	 * A retired entity was brought back.
	 */
	RESTORED,

	/**
	 * A relationship from it was added.
	 */
	CONNECTED,

	/**
	 * A relationship from it was removed.
	 */
	DISCONNECTED;

}
