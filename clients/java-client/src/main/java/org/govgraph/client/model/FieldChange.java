package org.govgraph.client.model;

import java.util.List;

/**
 * One changed value or relationship of a revision.
 *
 * @param field the property (e.g. {@code name}, {@code retired}) or the relationship type (e.g. {@code ISSUED_BY}).
 * @param kind A value, or a relationship added or removed.
 * @param before the value before, as text; null when there was none, and for a relationship.
 * @param after the value after, as text; null when there is none, and for a relationship.
 * @param provenanceBefore what supported the value (or the removed relationship) before.
 * @param provenanceAfter what supports the value (or the added relationship) after.
 * @param target for a relationship, the entity at its other end (as it is now).
 * @param outgoing for a relationship, whether it points from this entity to {@code target}.
 */
public record FieldChange(String field, FieldChangeKind kind, String before, String after, List<Provenance> provenanceBefore, List<Provenance> provenanceAfter, Node target, Boolean outgoing) {

	public FieldChange {
		provenanceBefore = (provenanceBefore != null) ? List.copyOf(provenanceBefore) : List.of();
		provenanceAfter = (provenanceAfter != null) ? List.copyOf(provenanceAfter) : List.of();
	}

}
