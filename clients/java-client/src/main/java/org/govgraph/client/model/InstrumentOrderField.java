package org.govgraph.client.model;

/**
 * What instruments can be ordered by; ties are broken by key.
 */
public enum InstrumentOrderField {

	/**
	 * The instrument's date (partial dates by their first day; undated instruments last in either
	 * direction).
	 */
	DATE,

	/**
	 * The display title ({@code displayTitle}), case-insensitively.
	 */
	TITLE,

	/**
	 * The stable key.
	 */
	KEY;

}
