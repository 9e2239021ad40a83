package org.govgraph.model.vocabulary;

/** How a value or relationship is supported by its source. */
public enum ProvenanceKind {

	/** The source document's own words, quoted exactly from one of its paragraphs. */
	QUOTED,

	/** A fact from a public record, curated in our own words ({@code curated/E…}). */
	CURATED,

	/**
	 * A value inferred from other facts by a stated rule: the entry names the rule and the
	 * facts it is derived from (PROV-O's {@code wasDerivedFrom}), not a source's words.
	 */
	DERIVED

}
