package org.govgraph.client.model;

/**
 * How a source qualifies a number.
 */
public enum QuantityQualifier {

	/**
	 * About that many ("some", "about", "around", "approximately").
	 */
	APPROXIMATE,

	/**
	 * At least that many ("over", "more than").
	 */
	AT_LEAST,

	/**
	 * At most that many ("up to").
	 */
	AT_MOST;

}
