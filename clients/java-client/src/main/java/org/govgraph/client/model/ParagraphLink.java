package org.govgraph.client.model;

import java.util.List;

/**
 * A relationship to a paragraph, with its provenance.
 *
 * @param paragraph the paragraph at the other end of the relationship.
 * @param relationship the relationship type, as stored in the graph (e.g. {@code DEFINES_ROLE}, {@code DEFINES}, {@code RECOGNIZES}).
 * @param provenance the sources of this relationship.
 */
public record ParagraphLink(ParagraphRef paragraph, String relationship, List<Provenance> provenance) {

	public ParagraphLink {
		provenance = (provenance != null) ? List.copyOf(provenance) : List.of();
	}

}
