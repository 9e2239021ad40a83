package org.govgraph.model.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.ProvenanceKind;

/**
 * A node of the governance graph as read: its label, its stable key, and its properties
 * (provenance included, as the four parallel lists the loader writes).
 *
 * @param label the node's label
 * @param key the node's stable key
 * @param properties all its properties
 */
public record GraphNode(NodeLabel label, String key, Map<String, Object> properties) {

	public GraphNode {
		properties = Map.copyOf(properties);
	}

	/** A property as text, or null. */
	public String string(String name) {
		Object value = this.properties.get(name);
		return (value != null) ? value.toString() : null;
	}

	/** The provenance of this node. */
	public List<Provenance> provenance() {
		return Provenance.fromProperties(this.properties);
	}

	/** What supports a fact: its source, a locator in it, the exact words, and the kind. */
	public record Provenance(String source, String locator, String quote, ProvenanceKind kind) {

		/** Reads the parallel provenance lists of a node or relationship. */
		public static List<Provenance> fromProperties(Map<String, Object> properties) {
			List<?> sources = list(properties.get("provenanceSources"));
			List<?> locators = list(properties.get("provenanceLocators"));
			List<?> quotes = list(properties.get("provenanceQuotes"));
			List<?> kinds = list(properties.get("provenanceKinds"));
			var result = new ArrayList<Provenance>(sources.size());
			for (int i = 0; i < sources.size(); i++) {
				result.add(new Provenance(sources.get(i).toString(), blankToNull(locators, i), blankToNull(quotes, i),
						ProvenanceKind.valueOf(kinds.get(i).toString())));
			}
			return List.copyOf(result);
		}

		private static List<?> list(Object value) {
			return (value instanceof List<?> list) ? list : List.of();
		}

		private static String blankToNull(List<?> values, int index) {
			if (index >= values.size()) {
				return null;
			}
			String value = values.get(index).toString();
			return value.isEmpty() ? null : value;
		}

	}

}
