package org.govgraph.model.graph;

import java.util.List;
import java.util.Map;

import org.govgraph.model.graph.GraphNode.Provenance;

/**
 * A relationship seen from one of its ends: the node at the other end, the relationship's
 * type and direction, its properties and its provenance.
 *
 * @param node the node at the other end
 * @param type the relationship type
 * @param outgoing whether the relationship points away from the node it was read from
 * @param properties the relationship's own properties (such as {@code pinpoint}, {@code note})
 */
public record Link(GraphNode node, String type, boolean outgoing, Map<String, Object> properties) {

	public Link {
		properties = Map.copyOf(properties);
	}

	public List<Provenance> provenance() {
		return Provenance.fromProperties(this.properties);
	}

	public String string(String name) {
		Object value = this.properties.get(name);
		return (value != null) ? value.toString() : null;
	}

}
