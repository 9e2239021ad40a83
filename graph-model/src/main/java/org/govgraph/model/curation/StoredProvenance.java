package org.govgraph.model.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govgraph.model.graph.GraphNode.Provenance;
import org.govgraph.model.vocabulary.NodeLabel;

/**
 * The provenance entries of a node or relationship as stored: the parallel lists the loader
 * writes, plus {@code provenanceOrigins} ({@code "dataset"} or {@code "curation"} per entry; a
 * graph written before origins were kept holds dataset entries only).
 */
public record StoredProvenance(List<Provenance> entries, List<String> origins) {

	public static final String DATASET = "dataset";

	public static final String CURATION = "curation";

	static final String ORIGINS = "provenanceOrigins";

	/** The names of the stored lists. */
	static final Set<String> PROPERTIES = Set.of("provenanceSources", "provenanceLocators", "provenanceQuotes",
			"provenanceKinds", "provenanceSupports", "provenanceRules", "provenanceDerivedFrom", ORIGINS);

	public StoredProvenance {
		entries = List.copyOf(entries);
		origins = List.copyOf(origins);
	}

	public static StoredProvenance of(Map<String, Object> properties) {
		var entries = Provenance.fromProperties(properties);
		var origins = new ArrayList<String>();
		var stored = (properties.get(ORIGINS) instanceof List<?> list) ? list : List.of();
		for (int i = 0; i < entries.size(); i++) {
			origins.add((i < stored.size()) ? stored.get(i).toString() : DATASET);
		}
		return new StoredProvenance(entries, origins);
	}

	/** These entries without the given properties in their supports; an entry left supporting nothing is dropped. */
	StoredProvenance without(Set<String> properties) {
		var entries = new ArrayList<Provenance>();
		var origins = new ArrayList<String>();
		for (int i = 0; i < this.entries.size(); i++) {
			var entry = this.entries.get(i);
			var supports = entry.supports().stream().filter((p) -> !properties.contains(p)).toList();
			if (supports.isEmpty() && !entry.supports().isEmpty()) {
				continue;
			}
			entries.add(new Provenance(entry.source(), entry.locator(), entry.quote(), entry.kind(), supports,
					entry.rule(), entry.derivedFrom()));
			origins.add(this.origins.get(i));
		}
		return new StoredProvenance(entries, origins);
	}

	public StoredProvenance plus(List<Provenance> added, String origin) {
		var entries = new ArrayList<>(this.entries);
		var origins = new ArrayList<>(this.origins);
		entries.addAll(added);
		added.forEach((a) -> origins.add(origin));
		return new StoredProvenance(entries, origins);
	}

	/** The lists to store. */
	public Map<String, Object> properties() {
		var result = new HashMap<String, Object>();
		result.put("provenanceSources", this.entries.stream().map((p) -> orEmpty(p.source())).toList());
		result.put("provenanceLocators", this.entries.stream().map((p) -> orEmpty(p.locator())).toList());
		result.put("provenanceQuotes", this.entries.stream().map((p) -> orEmpty(p.quote())).toList());
		result.put("provenanceKinds", this.entries.stream().map((p) -> p.kind().name()).toList());
		result.put("provenanceSupports", this.entries.stream().map((p) -> String.join(",", p.supports())).toList());
		result.put("provenanceRules", this.entries.stream().map((p) -> orEmpty(p.rule())).toList());
		result.put("provenanceDerivedFrom",
				this.entries.stream().map((p) -> String.join("|", p.derivedFrom())).toList());
		result.put(ORIGINS, List.copyOf(this.origins));
		return result;
	}

	/**
	 * One {@code (:Support)} row per entry, as the dataset loader writes them.
	 *
	 * @param keyPrefix {@code Label:key} for a node's entries, {@code TYPE:from->to} for a relationship's
	 * @param subject the subject's fields ({@code subjectLabel}, {@code subjectKey}, and for a
	 * relationship {@code relationshipType}, {@code objectLabel}, {@code objectKey})
	 */
	public List<Map<String, Object>> supportRows(String keyPrefix, Map<String, Object> subject) {
		var rows = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < this.entries.size(); i++) {
			var entry = this.entries.get(i);
			var row = new LinkedHashMap<String, Object>(subject);
			row.put("key", supportKey(keyPrefix, i));
			row.put("ordinal", (long) i);
			row.put("kind", entry.kind().name());
			row.put("source", entry.source());
			row.put("locator", entry.locator());
			row.put("quote", entry.quote());
			row.put("rule", entry.rule());
			row.put("supports", entry.supports());
			row.put("derivedFrom", entry.derivedFrom());
			row.put("origin", this.origins.get(i));
			rows.add(row);
		}
		return rows;
	}

	/** The key prefix of a node's Support nodes: {@code Label:key}. */
	public static String nodeSupportPrefix(NodeLabel label, String key) {
		return label.label() + ":" + key;
	}

	/** The key prefix of a relationship's Support nodes: {@code TYPE:from->to}. */
	public static String relationshipSupportPrefix(String type, String from, String to) {
		return type + ":" + from + "->" + to;
	}

	/** The key of the Support node of entry {@code ordinal}. */
	public static String supportKey(String prefix, int ordinal) {
		return prefix + "#" + ordinal;
	}

	/** The keys of the first {@code count} Support nodes under a prefix. */
	public static List<String> supportKeys(String prefix, int count) {
		var keys = new ArrayList<String>();
		for (int i = 0; i < count; i++) {
			keys.add(supportKey(prefix, i));
		}
		return keys;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
