package org.govgraph.client.model;

/**
 * How precise a partial date is.
 */
public enum DatePrecision {

	/**
	 * Year only, e.g. {@code 2005}.
	 */
	YEAR,

	/**
	 * Year and month, e.g. {@code 2013-11}.
	 */
	MONTH,

	/**
	 * A full calendar date, e.g. {@code 2013-05-14}.
	 */
	DAY;

}
