package org.govgraph.client.model;

/**
 * The direction of an ordering.
 */
public enum OrderDirection {

	/**
	 * Ascending: earliest, or A to Z, first.
	 */
	ASC,

	/**
	 * Descending: latest, or Z to A, first.
	 */
	DESC;

}
