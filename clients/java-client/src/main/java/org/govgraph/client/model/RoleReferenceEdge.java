package org.govgraph.client.model;

import java.util.List;

/**
 * An instrument referencing a role, with the paragraphs that do.
 *
 * @param cursor opaque cursor of this instrument, for {@code after}.
 * @param node the instrument.
 * @param paragraphs its paragraphs that define the role, in document order.
 * @param definedBy the same paragraphs, each with the provenance of its {@code DEFINES_ROLE} relationship.
 */
public record RoleReferenceEdge(String cursor, Instrument node, List<ParagraphRef> paragraphs, List<ParagraphLink> definedBy) {

	public RoleReferenceEdge {
		paragraphs = (paragraphs != null) ? List.copyOf(paragraphs) : List.of();
		definedBy = (definedBy != null) ? List.copyOf(definedBy) : List.of();
	}

}
