package org.govgraph.client.model;

/**
 * The kinds of paragraph.
 */
public enum ParagraphKind {

	/**
	 * A numbered or running paragraph.
	 */
	PARAGRAPH,

	/**
	 * An item of a list inside a paragraph, e.g. {@code i.}
	 */
	ITEM,

	/**
	 * A section grouping paragraphs, e.g. {@code §§ 29–82}.
	 */
	SECTION,

	/**
	 * A heading.
	 */
	HEADING;

}
