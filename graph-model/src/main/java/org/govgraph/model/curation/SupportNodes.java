package org.govgraph.model.curation;

import java.util.Map;

import org.govgraph.model.vocabulary.NodeLabel;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Keeps the {@code (:Support)} nodes of one node's or one relationship's provenance in step
 * with its stored entries, inside the write's transaction: the previous ones go, one per entry
 * comes (keys {@code Label:key#i} and {@code TYPE:from->to#i}, as the dataset loader writes them).
 */
public final class SupportNodes {

	private static final String DELETE = "UNWIND $keys AS key MATCH (s:Support {key: key}) DELETE s";

	private static final String WRITE = "UNWIND $rows AS row MERGE (s:Support {key: row.key}) SET s = row";

	private SupportNodes() {
	}

	/** Replaces the {@code previous} Support nodes of a node's entries with those of {@code provenance}. */
	public static void ofNode(SimpleQueryRunner tx, NodeLabel label, String key, int previous,
			StoredProvenance provenance) {
		var prefix = StoredProvenance.nodeSupportPrefix(label, key);
		replace(tx, prefix, previous,
				provenance.supportRows(prefix, Map.of("subjectLabel", label.label(), "subjectKey", key)));
	}

	/** Replaces the {@code previous} Support nodes of a relationship's entries with those of {@code provenance}. */
	public static void ofRelationship(SimpleQueryRunner tx, String type, NodeLabel fromLabel, String from,
			NodeLabel toLabel, String to, int previous, StoredProvenance provenance) {
		var prefix = StoredProvenance.relationshipSupportPrefix(type, from, to);
		replace(tx, prefix, previous, provenance.supportRows(prefix, Map.of("subjectLabel", fromLabel.label(),
				"subjectKey", from, "relationshipType", type, "objectLabel", toLabel.label(), "objectKey", to)));
	}

	private static void replace(SimpleQueryRunner tx, String prefix, int previous,
			java.util.List<Map<String, Object>> rows) {
		if (previous > 0) {
			tx.run(DELETE, Map.of("keys", StoredProvenance.supportKeys(prefix, previous))).consume();
		}
		if (!rows.isEmpty()) {
			tx.run(WRITE, Map.of("rows", rows)).consume();
		}
	}

}
