package org.govgraph.client.model;

/**
 * How a fact is supported by its source.
 */
public enum ProvenanceKind {

	/**
	 * The source document's own words, quoted exactly ({@code locator} and {@code quote} are set).
	 */
	QUOTED,

	/**
	 * A fact from a public record, curated in our own words ({@code statement} and {@code url} are set).
	 */
	CURATED,

	/**
	 * A value inferred from other facts by a stated rule ({@code rule} and {@code derivedFrom} are set);
	 * no source states it as such.
	 */
	DERIVED;

}
