package org.govgraph.client.model;

/**
 * How a path hop walks its relationship.
 */
public enum HopDirection {

	/**
	 * The relationship points from the hop's {@code from} to its {@code to}.
	 */
	FORWARD,

	/**
	 * The relationship points from the hop's {@code to} to its {@code from}: the hop walks it backwards.
	 */
	BACKWARD;

}
