package org.govgraph.client.model;

import java.util.List;

/**
 * A fact that rests on a source: the values of an entity ({@code properties}), or a relationship ({@code relationship} from {@code subject} to {@code object}), with the provenance entry that supports it.
 *
 * @param subject the entity whose values are supported, or the start of the supported relationship.
 * @param relationship for a relationship, its type (e.g. {@code CITES}); null for an entity's values.
 * @param object for a relationship, the entity at its end; null for an entity's values.
 * @param properties the properties of {@code subject} this entry supports; empty for a relationship, whose entry supports the relationship and all its properties.
 * @param provenance the supporting entry: its kind, locator and exact words (or curated statement).
 */
public record SupportedFact(Node subject, String relationship, Node object, List<String> properties, Provenance provenance) {

	public SupportedFact {
		properties = (properties != null) ? List.copyOf(properties) : List.of();
	}

}
