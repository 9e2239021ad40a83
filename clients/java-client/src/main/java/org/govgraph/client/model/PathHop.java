package org.govgraph.client.model;

import java.util.List;

/**
 * One step of a path: a relationship walked from one entity to the next.
 *
 * @param from the entity this hop starts from (in walking order).
 * @param relationship the relationship type, as stored in the graph (e.g. {@code CITES}, {@code DEFINES_ROLE}, {@code PART_OF}).
 * @param to the entity this hop arrives at (in walking order).
 * @param direction whether the relationship is walked along its stored direction ({@code from} → {@code to}) or against it.
 * @param provenance the sources of this relationship; empty for structural links that carry none (e.g. a paragraph within its instrument).
 */
public record PathHop(Node from, String relationship, Node to, HopDirection direction, List<Provenance> provenance) {

	public PathHop {
		provenance = (provenance != null) ? List.copyOf(provenance) : List.of();
	}

}
