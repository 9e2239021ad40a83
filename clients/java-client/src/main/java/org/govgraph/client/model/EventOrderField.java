package org.govgraph.client.model;

/**
 * What events can be ordered by; ties are broken by key.
 */
public enum EventOrderField {

	/**
	 * The start (partial dates by their first day, times by their instant); events without a start last in
	 * either direction.
	 */
	START,

	/**
	 * The name, case-insensitively.
	 */
	NAME;

}
