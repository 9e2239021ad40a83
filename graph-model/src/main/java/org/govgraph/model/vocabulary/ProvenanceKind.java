package org.govgraph.model.vocabulary;

/** How a fact is supported by its source. */
public enum ProvenanceKind {

	/** The source document's own words, quoted exactly. */
	QUOTED,

	/** A fact from a public record, curated in our own words. */
	CURATED

}
