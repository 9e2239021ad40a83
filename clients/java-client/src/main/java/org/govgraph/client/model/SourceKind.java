package org.govgraph.client.model;

/**
 * The kinds of source.
 */
public enum SourceKind {

	/**
	 * A curated statement from a public record ({@code curated/E…}).
	 */
	CURATED_FACT,

	/**
	 * A source document whose full text the graph holds (an {@code Instrument} with {@code sourceDocument:
	 * true}).
	 */
	DOCUMENT;

}
