package org.govgraph.model.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.ProvenanceKind;
import org.govgraph.model.vocabulary.QuantityQualifier;
import org.govgraph.model.vocabulary.RelationshipType;

/** What a curator asks to write, as the curation repository takes it. */
public final class Writes {

	private Writes() {
	}

	/**
	 * Who writes, and the request it came with.
	 *
	 * @param subject the authenticated principal ({@code sub})
	 * @param correlationId the request's correlation id
	 */
	public record Actor(String subject, String correlationId) {
	}

	/**
	 * One provenance entry as given.
	 *
	 * @param supports the properties it supports (as the input names them); null for every value the write sets
	 * @param field the input path of the entry, for errors
	 */
	public record Entry(String source, String locator, String quote, ProvenanceKind kind, String url, String statement,
			String rule, List<String> derivedFrom, List<String> supports, List<String> field) {

		public Entry {
			derivedFrom = (derivedFrom != null) ? List.copyOf(derivedFrom) : List.of();
			supports = (supports != null) ? List.copyOf(supports) : null;
			field = List.copyOf(field);
		}

	}

	/**
	 * One value to set: null removes the property. A quantity may carry its qualifier and the
	 * words it is written in.
	 *
	 * @param field the input path of the value, for errors
	 */
	public record Value(Object value, QuantityQualifier qualifier, String asWritten, List<String> field) {

		public Value {
			field = List.copyOf(field);
		}

	}

	/**
	 * A node to create or update.
	 *
	 * @param key the key; for a creation null to derive it
	 * @param values the values to set, by property name as the vocabulary names them (a
	 * paragraph's {@code instrument} and {@code parent} are keys)
	 * @param expectedVersion for an update, the version it is based on; null for a creation
	 * @param inputPath the input's path, e.g. {@code ["input"]}
	 */
	public record NodeWrite(NodeLabel label, String key, Map<String, Value> values, List<Entry> provenance,
			Long expectedVersion, String comment, List<String> inputPath) {

		public NodeWrite {
			values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
			provenance = List.copyOf(provenance);
			inputPath = List.copyOf(inputPath);
		}

		List<String> path(String... more) {
			var path = new ArrayList<>(this.inputPath);
			path.addAll(List.of(more));
			return path;
		}

	}

	/** A relationship to add or remove. */
	public record RelationshipWrite(RelationshipType type, NodeLabel fromLabel, String fromKey, NodeLabel toLabel,
			String toKey, Map<String, String> properties, List<Entry> provenance, Long expectedVersion, String comment,
			List<String> inputPath) {

		public RelationshipWrite {
			properties = Map.copyOf(properties);
			provenance = List.copyOf(provenance);
			inputPath = List.copyOf(inputPath);
		}

	}

	/** A change of state: retire or restore. */
	public record StateWrite(NodeLabel label, String key, long expectedVersion, String comment, List<String> inputPath) {

		public StateWrite {
			inputPath = List.copyOf(inputPath);
		}

	}

	/**
	 * What a write did.
	 *
	 * @param node the entity as written (or as it is, when the write was refused); null when there is none
	 * @param errors why the write was refused; empty when it was committed
	 * @param sequence the change-feed number of the committed write; null when refused
	 */
	public record Outcome(GraphNode node, List<UserError> errors, Long sequence) {

		public Outcome {
			errors = List.copyOf(errors);
		}

		static Outcome refused(List<UserError> errors) {
			return new Outcome(null, errors, null);
		}

		public boolean committed() {
			return this.errors.isEmpty();
		}

	}

}
