package org.govgraph.model.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.govgraph.model.vocabulary.NodeLabel;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.govgraph.model.vocabulary.ProvenanceKind;

/**
 * A node of the governance graph as read: its label, its stable key, and its properties
 * (provenance included, as the parallel lists the loader writes: one entry per source of a
 * value, each naming the properties it supports).
 *
 * @param label the node's label
 * @param key the node's stable key
 * @param properties all its properties
 */
public record GraphNode(NodeLabel label, String key, Map<String, Object> properties) {

	/** The property holding a node's version. */
	public static final String VERSION = "version";

	/** The property that is true on a retired node (which also carries the label {@link #RETIRED_LABEL}). */
	public static final String RETIRED = "retired";

	/** The label a retired node carries besides its own, so that reads leave it out with a label check. */
	public static final String RETIRED_LABEL = "Retired";

	public GraphNode {
		properties = Map.copyOf(properties);
	}

	/** A node as the driver returns it: its vocabulary label, key and properties. */
	public static GraphNode of(Value value) {
		Node node = value.asNode();
		NodeLabel label = null;
		for (String name : node.labels()) {
			var known = NodeLabel.ofLabel(name);
			if (known.isPresent()) {
				label = known.get();
				break;
			}
		}
		if (label == null) {
			throw new IllegalStateException("A node of the governance graph without a known label: " + node.labels());
		}
		return new GraphNode(label, node.get("key").asString(), node.asMap());
	}

	/** The node's version: 1 when created, +1 with every write (a node written before versions were kept is at 1). */
	public long version() {
		return (this.properties.get(VERSION) instanceof Number number) ? number.longValue() : 1L;
	}

	/** True when the node is retired: it keeps its values and history but leaves lists, search and relationship fields. */
	public boolean retired() {
		return Boolean.TRUE.equals(this.properties.get(RETIRED));
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

	/**
	 * One statement per stored value: each property that a provenance entry supports, with its
	 * value and the entries that support it, by property name.
	 */
	public List<Statement> statements() {
		var provenance = provenance();
		var supported = new TreeMap<String, List<Provenance>>();
		for (Provenance entry : provenance) {
			for (String property : entry.supports()) {
				supported.computeIfAbsent(property, (p) -> new ArrayList<>()).add(entry);
			}
		}
		var statements = new ArrayList<Statement>();
		supported.forEach((property, entries) -> {
			Object value = this.properties.get(property);
			if (value != null) {
				statements.add(new Statement(property, value, string(property + Quantity.QUALIFIER),
						string(property + Quantity.AS_WRITTEN), List.copyOf(entries)));
			}
		});
		return List.copyOf(statements);
	}

	/** A number as stored, with the qualifier and words its source gives; null when the property is absent. */
	public Quantity quantity(String property) {
		Object value = this.properties.get(property);
		if (!(value instanceof Number number)) {
			return null;
		}
		return new Quantity(number.longValue(), string(property + Quantity.QUALIFIER), string(property + Quantity.AS_WRITTEN));
	}

	/**
	 * A stored value with its provenance.
	 *
	 * @param property the property's name
	 * @param value the value as stored
	 * @param qualifier for a qualified number, how the source qualifies it (APPROXIMATE, AT_LEAST, AT_MOST); null otherwise
	 * @param asWritten for a qualified number, the source's words (e.g. {@code some 900}); null otherwise
	 * @param provenance the entries that support it
	 */
	public record Statement(String property, Object value, String qualifier, String asWritten,
			List<Provenance> provenance) {
	}

	/**
	 * A number and how its source qualifies it.
	 *
	 * @param value the number
	 * @param qualifier APPROXIMATE, AT_LEAST or AT_MOST; null when the source states it exactly
	 * @param asWritten the source's words for a qualified number; null otherwise
	 */
	public record Quantity(long value, String qualifier, String asWritten) {

		/** The suffix of the property holding a number's qualifier. */
		public static final String QUALIFIER = "Qualifier";

		/** The suffix of the property holding a qualified number's words as written. */
		public static final String AS_WRITTEN = "AsWritten";

	}

	/**
	 * What supports a fact: its source, a locator in it, the exact words, and the kind; the
	 * properties it supports; for a derived value, the rule and the facts it derives from.
	 *
	 * @param source a source document's key or a curated fact's ({@code curated/E3}); null for a derived value
	 * @param locator the eId of the source document's paragraph; null otherwise
	 * @param quote the exact words; null otherwise
	 * @param kind QUOTED, CURATED or DERIVED
	 * @param supports the properties of a node the entry supports; empty for a relationship's
	 * entries, which support the relationship and all its properties
	 * @param rule for a derived value, the rule in words; null otherwise
	 * @param derivedFrom for a derived value, the facts it derives from; empty otherwise
	 */
	public record Provenance(String source, String locator, String quote, ProvenanceKind kind, List<String> supports,
			String rule, List<String> derivedFrom) {

		public Provenance {
			supports = List.copyOf(supports);
			derivedFrom = List.copyOf(derivedFrom);
		}

		/** Reads the parallel provenance lists of a node or relationship. */
		public static List<Provenance> fromProperties(Map<String, Object> properties) {
			List<?> sources = list(properties.get("provenanceSources"));
			List<?> locators = list(properties.get("provenanceLocators"));
			List<?> quotes = list(properties.get("provenanceQuotes"));
			List<?> kinds = list(properties.get("provenanceKinds"));
			List<?> supports = list(properties.get("provenanceSupports"));
			List<?> rules = list(properties.get("provenanceRules"));
			List<?> derivedFrom = list(properties.get("provenanceDerivedFrom"));
			var result = new ArrayList<Provenance>(kinds.size());
			for (int i = 0; i < kinds.size(); i++) {
				result.add(new Provenance(blankToNull(sources, i), blankToNull(locators, i), blankToNull(quotes, i),
						ProvenanceKind.valueOf(kinds.get(i).toString()), split(supports, i, ","), blankToNull(rules, i),
						split(derivedFrom, i, "|")));
			}
			return List.copyOf(result);
		}

		private static List<?> list(Object value) {
			return (value instanceof List<?> list) ? list : List.of();
		}

		private static List<String> split(List<?> values, int index, String separator) {
			String value = blankToNull(values, index);
			return (value != null) ? List.of(value.split(Pattern.quote(separator))) : List.of();
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
