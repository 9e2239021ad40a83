package org.govgraph.model.curation;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.govgraph.model.curation.ChangeLog.RelationshipState;
import org.govgraph.model.curation.UserError.Code;
import org.govgraph.model.curation.Writes.Actor;
import org.govgraph.model.curation.Writes.Entry;
import org.govgraph.model.curation.Writes.NodeWrite;
import org.govgraph.model.curation.Writes.Outcome;
import org.govgraph.model.curation.Writes.RelationshipWrite;
import org.govgraph.model.curation.Writes.StateWrite;
import org.govgraph.model.curation.Writes.Value;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphNode.Provenance;
import org.govgraph.model.vocabulary.Enumerations;
import org.govgraph.model.vocabulary.FactRules;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.PropertyType;
import org.govgraph.model.vocabulary.ProvenanceKind;
import org.govgraph.model.vocabulary.QuantityQualifier;
import org.govgraph.model.vocabulary.RelationshipType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.stereotype.Repository;

/**
 * The curators' writes: create, update, retire, restore, connect and disconnect. Each runs in
 * one transaction that first takes the change log's lock ({@link ChangeLog#lock}), then checks
 * the write against the vocabulary's rules (in {@link FactRules}' words) and the graph as it is
 * now (versions, keys, endpoints, quotes), writes the values with their provenance and
 * {@code (:Support)} nodes, and records the change. A refused write rolls back and writes
 * nothing, not even a change number.
 */
@Repository
public class CurationRepository {

	/** The longest text a value, quote or comment may hold: 64 KiB. */
	public static final int MAX_TEXT = 64 * 1024;

	/** The most provenance entries one write may carry. */
	public static final int MAX_ENTRIES = 1000;

	private static final Duration TIMEOUT = Duration.ofSeconds(30);


	private final Driver driver;

	public CurationRepository(Driver driver) {
		this.driver = driver;
	}

	// ------------------------------------------------------------------ nodes

	/** Creates a node; its key is derived from its name or title when none is given. */
	public Outcome create(NodeWrite write, Actor actor) {
		var errors = new ArrayList<UserError>();
		String key = (write.key() != null) ? write.key() : derivedKey(write);
		if (write.key() != null) {
			checkKey(write.key(), write.path("key"), errors);
		}
		else if (key == null) {
			errors.add(UserError.validation(write.path("key"), CurationMessages.noDerivableKey(write.label())));
		}
		if (write.label() == NodeLabel.PARAGRAPH) {
			var expected = FactRules.paragraphKey(text(write, "instrument"), text(write, "eId"));
			if (write.key() != null && !write.key().equals(expected)) {
				errors.add(UserError.validation(write.path("key"), FactRules.wrongParagraphKey(expected)));
			}
			key = expected;
		}
		checkRequired(write, errors);
		var values = new LinkedHashMap<String, Object>();
		checkValues(write, key, Map.of(), values, errors);
		if (!errors.isEmpty()) {
			return Outcome.refused(errors);
		}
		final String nodeKey = key;
		return inTransaction((tx) -> {
			ChangeLog.lock(tx);
			if (find(tx, write.label(), nodeKey).isPresent()) {
				return Outcome.refused(List.of(new UserError(write.path("key"), FactRules.duplicateKey(nodeKey),
						Code.DUPLICATE_KEY)));
			}
			var graphErrors = new ArrayList<UserError>();
			var entries = checkEntries(tx, write.provenance(), nodeKey, write, values, graphErrors);
			GraphNode parent = null;
			if (write.label() == NodeLabel.PARAGRAPH) {
				parent = checkParagraphPlace(tx, write, nodeKey, values, graphErrors);
			}
			if (!graphErrors.isEmpty()) {
				return Outcome.refused(graphErrors);
			}
			var properties = new LinkedHashMap<String, Object>(values);
			properties.values().removeIf(java.util.Objects::isNull);
			properties.put("key", nodeKey);
			properties.put(GraphNode.VERSION, 1L);
			properties.put(GraphNode.RETIRED, false);
			properties.put("origin", StoredProvenance.CURATION);
			if (write.label() == NodeLabel.INSTRUMENT) {
				properties.put("sourceDocument", false);
			}
			var provenance = new StoredProvenance(List.of(), List.of()).plus(entries, StoredProvenance.CURATION);
			properties.putAll(provenance.properties());
			var added = new ArrayList<RelationshipState>();
			if (parent != null) {
				properties.put("documentOrder", documentOrder(parent, properties.get("position")));
			}
			tx.run("CREATE (n:$($label)) SET n = $properties",
					Map.of("label", write.label().label(), "properties", properties)).consume();
			SupportNodes.ofNode(tx, write.label(), nodeKey, 0, provenance);
			if (parent != null) {
				added.add(linkParagraph(tx, nodeKey, parent, provenance));
			}
			var created = find(tx, write.label(), nodeKey).orElseThrow();
			var recorded = ChangeLog.record(tx, new ChangeLog.Entry(ChangeOperation.CREATED, write.label(), nodeKey, 1L,
					actor.subject(), write.comment(), actor.correlationId(), null, created.properties(), added, List.of()));
			return new Outcome(created, List.of(), recorded.sequence());
		});
	}

	/** Updates some values of a node, provided it is still at the version the update is based on. */
	public Outcome update(NodeWrite write, Actor actor) {
		var errors = new ArrayList<UserError>();
		if (write.values().isEmpty()) {
			errors.add(UserError.validation(write.inputPath(), "name at least one value to change"));
		}
		if (!errors.isEmpty()) {
			return Outcome.refused(errors);
		}
		return inTransaction((tx) -> {
			ChangeLog.lock(tx);
			var current = find(tx, write.label(), write.key()).orElse(null);
			if (current == null) {
				return Outcome.refused(List.of(notFound(write.path("id"), write.label(), write.key())));
			}
			var stateErrors = new ArrayList<UserError>();
			checkVersion(current, write.expectedVersion(), write.path("expectedVersion"), stateErrors);
			if (stateErrors.isEmpty() && current.retired()) {
				stateErrors.add(new UserError(write.path("id"),
						CurationMessages.retired(write.label(), write.key(), "updating"), Code.CONFLICT));
			}
			if (!stateErrors.isEmpty()) {
				return new Outcome(current, stateErrors, null);
			}
			var values = new LinkedHashMap<String, Object>();
			var checkErrors = new ArrayList<UserError>();
			checkValues(write, write.key(), current.properties(), values, checkErrors);
			if (checkErrors.isEmpty()) {
				var merged = new LinkedHashMap<>(current.properties());
				merged.putAll(values);
				var entries = checkEntries(tx, write.provenance(), write.key(), write, values, checkErrors);
				if (checkErrors.isEmpty()) {
					return writeUpdate(tx, write, actor, current, values, entries);
				}
			}
			return new Outcome(current, checkErrors, null);
		});
	}

	private Outcome writeUpdate(TransactionContext tx, NodeWrite write, Actor actor, GraphNode current,
			Map<String, Object> values, List<Provenance> entries) {
		var changed = new LinkedHashSet<String>();
		write.values().keySet().forEach((name) -> changed.add(PropertyType.storedName(name)));
		var properties = new LinkedHashMap<String, Object>(current.properties());
		values.forEach((name, value) -> {
			if (value == null) {
				properties.remove(name);
			}
			else {
				properties.put(name, value);
			}
		});
		var provenance = StoredProvenance.of(current.properties()).without(changed).plus(entries, StoredProvenance.CURATION);
		properties.putAll(provenance.properties());
		long version = current.version() + 1;
		properties.put(GraphNode.VERSION, version);
		var curated = new LinkedHashSet<String>(list(current.properties().get("curatedProperties")));
		// What a reload must leave alone: each value written, with what goes with it (a date's
		// precision, a quantity's qualifier and words).
		var written = new LinkedHashSet<String>(changed);
		written.addAll(values.keySet());
		if (!StoredProvenance.CURATION.equals(current.properties().get("origin"))) {
			var datasetValues = new HashMap<String, Object>();
			for (String name : written) {
				if (!curated.contains(name)) {
					datasetValues.put(name, current.properties().get(name));
				}
			}
			if (!datasetValues.isEmpty()) {
				tx.run("""
						MERGE (d:DatasetState {label: $label, key: $key})
						SET d += $values
						""", Map.of("label", write.label().label(), "key", write.key(), "values", datasetValues)).consume();
			}
		}
		curated.addAll(written);
		properties.put("curatedProperties", List.copyOf(curated));
		tx.run("MATCH (n:$($label) {key: $key}) SET n = $properties",
				Map.of("label", write.label().label(), "key", write.key(), "properties", properties)).consume();
		SupportNodes.ofNode(tx, write.label(), write.key(), StoredProvenance.of(current.properties()).entries().size(),
				provenance);
		var updated = find(tx, write.label(), write.key()).orElseThrow();
		var recorded = ChangeLog.record(tx, new ChangeLog.Entry(ChangeOperation.UPDATED, write.label(), write.key(), version,
				actor.subject(), write.comment(), actor.correlationId(), current.properties(), updated.properties(),
				List.of(), List.of()));
		return new Outcome(updated, List.of(), recorded.sequence());
	}

	/** Retires a node: it keeps its values, relationships and history, and leaves the reads. */
	public Outcome retire(StateWrite write, Actor actor) {
		return changeState(write, actor, true);
	}

	/** Brings a retired node back. */
	public Outcome restore(StateWrite write, Actor actor) {
		return changeState(write, actor, false);
	}

	private Outcome changeState(StateWrite write, Actor actor, boolean retire) {
		return inTransaction((tx) -> {
			ChangeLog.lock(tx);
			var current = find(tx, write.label(), write.key()).orElse(null);
			var id = new ArrayList<>(write.inputPath());
			id.add("id");
			if (current == null) {
				return Outcome.refused(List.of(notFound(id, write.label(), write.key())));
			}
			var errors = new ArrayList<UserError>();
			var versionPath = new ArrayList<>(write.inputPath());
			versionPath.add("expectedVersion");
			checkVersion(current, write.expectedVersion(), versionPath, errors);
			if (errors.isEmpty() && current.retired() == retire) {
				errors.add(new UserError(id, CurationMessages.alreadyInState(write.label(), write.key(), retire),
						Code.CONFLICT));
			}
			if (!errors.isEmpty()) {
				return new Outcome(current, errors, null);
			}
			long version = current.version() + 1;
			tx.run(retire ? """
					MATCH (n:$($label) {key: $key})
					SET n:Retired, n.retired = true, n.version = $version
					""" : """
					MATCH (n:$($label) {key: $key})
					REMOVE n:Retired
					SET n.retired = false, n.version = $version
					""", Map.of("label", write.label().label(), "key", write.key(), "version", version)).consume();
			var after = find(tx, write.label(), write.key()).orElseThrow();
			var recorded = ChangeLog.record(tx,
					new ChangeLog.Entry(retire ? ChangeOperation.RETIRED : ChangeOperation.RESTORED, write.label(),
							write.key(), version, actor.subject(), write.comment(), actor.correlationId(),
							current.properties(), after.properties(), List.of(), List.of()));
			return new Outcome(after, List.of(), recorded.sequence());
		});
	}

	// ------------------------------------------------------------------ relationships

	/** Adds a relationship, with its provenance; the node it starts from gets a new version. */
	public Outcome connect(RelationshipWrite write, Actor actor) {
		var errors = new ArrayList<UserError>();
		var allowed = new LinkedHashSet<>(write.type().properties());
		for (var property : write.properties().entrySet()) {
			if (!allowed.contains(property.getKey())) {
				errors.add(UserError.validation(path(write, property.getKey()),
						FactRules.unknownProperty(property.getKey(), write.type().name(), allowed)));
			}
			else if (property.getValue() != null) {
				checkText(property.getValue(), path(write, property.getKey()), errors);
			}
		}
		if (write.provenance().isEmpty()) {
			errors.add(UserError.validation(path(write, "provenance"),
					CurationMessages.relationshipWithoutProvenance(write.type(), write.fromKey(), write.toKey())));
		}
		checkEntryShapes(write.provenance(), false, errors);
		if (!errors.isEmpty()) {
			return Outcome.refused(errors);
		}
		return inTransaction((tx) -> {
			ChangeLog.lock(tx);
			var endpointErrors = new ArrayList<UserError>();
			var from = endpoint(tx, write, write.fromLabel(), write.fromKey(), "from", write.type().from(), endpointErrors);
			var to = endpoint(tx, write, write.toLabel(), write.toKey(), "to", write.type().to(), endpointErrors);
			if (!endpointErrors.isEmpty()) {
				return new Outcome(from, endpointErrors, null);
			}
			if (write.expectedVersion() != null) {
				checkVersion(from, write.expectedVersion(), path(write, "expectedVersion"), endpointErrors);
			}
			if (relationship(tx, write).isPresent()) {
				endpointErrors.add(new UserError(path(write, "relationship"),
						FactRules.duplicateRelationship(write.type(), write.fromKey(), write.toKey()), Code.DUPLICATE_KEY));
			}
			if (!endpointErrors.isEmpty()) {
				return new Outcome(from, endpointErrors, null);
			}
			var graphErrors = new ArrayList<UserError>();
			var entries = checkGraphEntries(tx, write.provenance(), write.fromKey(), Map.of(), graphErrors);
			if (!graphErrors.isEmpty()) {
				return new Outcome(from, graphErrors, null);
			}
			var provenance = new StoredProvenance(List.of(), List.of()).plus(entries, StoredProvenance.CURATION);
			var properties = new LinkedHashMap<String, Object>();
			write.properties().forEach((name, value) -> {
				if (value != null) {
					properties.put(name, value);
				}
			});
			properties.putAll(provenance.properties());
			properties.put("origin", StoredProvenance.CURATION);
			long version = from.version() + 1;
			tx.run("""
					MATCH (a:$($fromLabel) {key: $from}), (b:$($toLabel) {key: $to})
					CREATE (a)-[r:$($type)]->(b)
					SET r = $properties
					SET a.version = $version,
					    a.disconnected = [id IN coalesce(a.disconnected, []) WHERE id <> $id]
					""", relationshipParameters(write, Map.of("properties", properties, "version", version, "id",
					relationshipId(write)))).consume();
			SupportNodes.ofRelationship(tx, write.type().name(), write.fromLabel(), write.fromKey(), write.toLabel(),
					write.toKey(), 0, provenance);
			var after = find(tx, write.fromLabel(), write.fromKey()).orElseThrow();
			var state = new RelationshipState(write.type().name(), write.fromLabel(), write.fromKey(), write.toLabel(),
					write.toKey(), properties);
			var recorded = ChangeLog.record(tx, new ChangeLog.Entry(ChangeOperation.CONNECTED, write.fromLabel(),
					write.fromKey(), version, actor.subject(), write.comment(), actor.correlationId(), from.properties(),
					after.properties(), List.of(state), List.of()));
			return new Outcome(after, List.of(), recorded.sequence());
		});
	}

	/**
	 * Removes a relationship; the node it started from gets a new version. A relationship the
	 * dataset made is remembered as disconnected, so a reload does not bring it back.
	 */
	public Outcome disconnect(RelationshipWrite write, Actor actor) {
		return inTransaction((tx) -> {
			ChangeLog.lock(tx);
			var errors = new ArrayList<UserError>();
			var from = endpoint(tx, write, write.fromLabel(), write.fromKey(), "from", write.type().from(), errors);
			endpoint(tx, write, write.toLabel(), write.toKey(), "to", write.type().to(), errors);
			if (errors.isEmpty() && write.expectedVersion() != null) {
				checkVersion(from, write.expectedVersion(), path(write, "expectedVersion"), errors);
			}
			Map<String, Object> existing = errors.isEmpty() ? relationship(tx, write).orElse(null) : null;
			if (errors.isEmpty() && existing == null) {
				errors.add(new UserError(path(write, "relationship"),
						CurationMessages.nothingToDisconnect(write.type(), write.fromKey(), write.toKey()), Code.NOT_FOUND));
			}
			if (!errors.isEmpty()) {
				return new Outcome(from, errors, null);
			}
			long version = from.version() + 1;
			boolean fromDataset = !StoredProvenance.CURATION.equals(existing.get("origin"));
			tx.run("""
					MATCH (a:$($fromLabel) {key: $from})-[r:$($type)]->(b:$($toLabel) {key: $to})
					DELETE r
					SET a.version = $version
					FOREACH (_ IN CASE WHEN $fromDataset THEN [1] ELSE [] END |
					  SET a.disconnected = coalesce(a.disconnected, []) + $id)
					""", relationshipParameters(write, Map.of("version", version, "fromDataset", fromDataset, "id",
					relationshipId(write)))).consume();
			var count = StoredProvenance.of(existing).entries().size();
			SupportNodes.ofRelationship(tx, write.type().name(), write.fromLabel(), write.fromKey(), write.toLabel(),
					write.toKey(), count, new StoredProvenance(List.of(), List.of()));
			var after = find(tx, write.fromLabel(), write.fromKey()).orElseThrow();
			var state = new RelationshipState(write.type().name(), write.fromLabel(), write.fromKey(), write.toLabel(),
					write.toKey(), existing);
			var recorded = ChangeLog.record(tx, new ChangeLog.Entry(ChangeOperation.DISCONNECTED, write.fromLabel(),
					write.fromKey(), version, actor.subject(), write.comment(), actor.correlationId(), from.properties(),
					after.properties(), List.of(), List.of(state)));
			return new Outcome(after, List.of(), recorded.sequence());
		});
	}

	private GraphNode endpoint(TransactionContext tx, RelationshipWrite write, NodeLabel label, String key, String end,
			Set<NodeLabel> allowed, List<UserError> errors) {
		var node = find(tx, label, key).orElse(null);
		if (node == null) {
			errors.add(new UserError(path(write, end), FactRules.unknownEndpoint(write.type(), end, key), Code.NOT_FOUND));
			return null;
		}
		if (!allowed.contains(label)) {
			errors.add(UserError.validation(path(write, end), FactRules.wrongEndpoint(write.type(), end, label, key)));
		}
		else if (node.retired()) {
			errors.add(new UserError(path(write, end), CurationMessages.retired(label, key, "connecting"), Code.CONFLICT));
		}
		return node;
	}

	private static Optional<Map<String, Object>> relationship(TransactionContext tx, RelationshipWrite write) {
		return tx.run("""
				MATCH (:$($fromLabel) {key: $from})-[r:$($type)]->(:$($toLabel) {key: $to})
				RETURN properties(r) AS r
				""", relationshipParameters(write, Map.of()))
			.list((record) -> record.get("r").asMap())
			.stream()
			.findFirst();
	}

	private static Map<String, Object> relationshipParameters(RelationshipWrite write, Map<String, Object> more) {
		var parameters = new HashMap<String, Object>(more);
		parameters.put("fromLabel", write.fromLabel().label());
		parameters.put("from", write.fromKey());
		parameters.put("toLabel", write.toLabel().label());
		parameters.put("to", write.toKey());
		parameters.put("type", write.type().name());
		return parameters;
	}

	private static String relationshipId(RelationshipWrite write) {
		return CurationMessages.relationshipId(write.type(), write.fromKey(), write.toKey());
	}

	private static List<String> path(RelationshipWrite write, String field) {
		var path = new ArrayList<>(write.inputPath());
		path.add(field);
		return path;
	}

	// ------------------------------------------------------------------ values

	private static void checkRequired(NodeWrite write, List<UserError> errors) {
		var required = new ArrayList<String>();
		required.add((write.label() == NodeLabel.INSTRUMENT) ? "title" : "name");
		if (write.label() == NodeLabel.PARAGRAPH) {
			required.clear();
			required.addAll(List.of("instrument", "eId"));
		}
		for (String name : required) {
			if (!write.values().containsKey(name) || write.values().get(name).value() == null) {
				errors.add(UserError.validation(write.path(name), FactRules.required(name)));
			}
		}
		if (!Enumerations.kindsOf(write.label()).isEmpty()
				&& (!write.values().containsKey("kind") || write.values().get("kind").value() == null)) {
			errors.add(UserError.validation(write.path("kind"), FactRules.missingKind(write.label(), write.key())));
		}
	}

	/**
	 * Checks each value by its type and puts what will be stored into {@code stored}: the
	 * value under its stored name (null to remove it), with the precision of a date and the
	 * qualifier of a quantity.
	 */
	private static void checkValues(NodeWrite write, String key, Map<String, Object> current, Map<String, Object> stored,
			List<UserError> errors) {
		var types = PropertyType.of(write.label());
		var allowed = write.label().properties();
		for (var field : write.values().entrySet()) {
			var name = field.getKey();
			var given = field.getValue();
			if (!allowed.contains(name) || !types.containsKey(name)) {
				errors.add(UserError.validation(given.field(), FactRules.unknownProperty(name, write.label().label(), allowed)));
				continue;
			}
			var storedName = PropertyType.storedName(name);
			var value = given.value();
			if (value == null) {
				stored.put(storedName, null);
				if (types.get(name) == PropertyType.PARTIAL_DATE) {
					stored.put(name + "Precision", null);
				}
				if (types.get(name) == PropertyType.EVENT_TIME) {
					stored.put(name + "Precision", null);
				}
				if (types.get(name) == PropertyType.QUANTITY) {
					stored.put(name + QuantityQualifier.QUALIFIER_SUFFIX, null);
					stored.put(name + QuantityQualifier.AS_WRITTEN_SUFFIX, null);
				}
				continue;
			}
			try {
				switch (types.get(name)) {
					case TEXT, REFERENCE -> {
						checkText(value.toString(), given.field(), errors);
						stored.put(storedName, value.toString());
					}
					case KIND -> {
						if (!Enumerations.kindsOf(write.label()).contains(value.toString())) {
							throw new FactRules.Violation(FactRules.unknownKind(write.label(), value));
						}
						stored.put(name, value.toString());
					}
					case WHOLE_NUMBER -> stored.put(name, ((Number) value).longValue());
					case BOOLEAN -> stored.put(name, value);
					case QUANTITY -> {
						long number = ((Number) value).longValue();
						stored.put(name, number);
						if ((given.qualifier() == null) != (given.asWritten() == null)) {
							throw new FactRules.Violation("the quantity '" + name
									+ "' needs 'qualifier' and 'asWritten' (or write the bare number)");
						}
						if (given.qualifier() != null) {
							checkText(given.asWritten(), given.field(), errors);
							var words = QuantityQualifier.find(given.asWritten(), number);
							if (words.isEmpty() || words.get().qualifier() != given.qualifier()) {
								throw new FactRules.Violation(
										FactRules.notWrittenAs(given.asWritten(), number, given.qualifier()));
							}
						}
						stored.put(name + QuantityQualifier.QUALIFIER_SUFFIX,
								(given.qualifier() != null) ? given.qualifier().name() : null);
						stored.put(name + QuantityQualifier.AS_WRITTEN_SUFFIX, given.asWritten());
					}
					case PARTIAL_DATE -> {
						stored.put(name + "Precision", FactRules.partialDatePrecision(value.toString()));
						stored.put(name, value.toString());
					}
					case TIME_ZONE -> {
						FactRules.timeZone(value);
						stored.put(name, value.toString());
					}
					case EVENT_TIME -> stored.put(name, value.toString());
				}
			}
			catch (FactRules.Violation ex) {
				errors.add(UserError.validation(given.field(), ex.getMessage()));
			}
		}
		if (write.label() == NodeLabel.EVENT) {
			checkEventTimes(write, current, stored, errors);
		}
	}

	/** An event's start and end, judged with the time zone and each other as they will be after the write. */
	private static void checkEventTimes(NodeWrite write, Map<String, Object> current, Map<String, Object> stored,
			List<UserError> errors) {
		Object zone = stored.containsKey("timeZone") ? stored.get("timeZone") : current.get("timeZone");
		var times = new HashMap<String, Object>();
		for (String name : List.of("start", "end")) {
			Object value = stored.containsKey(name) ? stored.get(name) : current.get(name);
			times.put(name, value);
			boolean given = write.values().containsKey(name);
			if (value == null || (!given && !write.values().containsKey("timeZone"))) {
				continue;
			}
			var field = given ? write.values().get(name).field() : write.path("timeZone");
			try {
				stored.put(name + "Precision", FactRules.eventTimePrecision(value.toString(), zone));
			}
			catch (FactRules.Violation ex) {
				var error = UserError.validation(field, ex.getMessage());
				if (!errors.contains(error)) {
					errors.add(error);
				}
			}
		}
		try {
			FactRules.eventOrder(times.get("start"), times.get("end"));
		}
		catch (FactRules.Violation ex) {
			var field = write.values().containsKey("end") ? write.values().get("end").field() : write.path("start");
			errors.add(UserError.validation(field, ex.getMessage()));
		}
	}

	private static void checkText(String text, List<String> field, List<UserError> errors) {
		if (text.isBlank()) {
			errors.add(UserError.validation(field, "'" + field.getLast() + "' is empty; leave it out instead"));
		}
		else if (text.length() > MAX_TEXT) {
			errors.add(UserError.validation(field,
					"'" + field.getLast() + "' holds " + text.length() + " characters; at most " + MAX_TEXT + " are allowed"));
		}
	}

	private static void checkKey(String key, List<String> field, List<UserError> errors) {
		if (key.isBlank() || key.length() > 200 || !key.codePoints().allMatch((c) -> c > 0x20 && c != 0x7f)) {
			errors.add(UserError.validation(field,
					"a key is 1 to 200 characters without spaces or control characters, e.g. itu/council/2026"));
		}
	}

	/** The key a creation gets: the one given, a paragraph's {@code <instrument>#<eId>}, or one derived from the name. */
	public static String keyOf(NodeWrite write) {
		if (write.label() == NodeLabel.PARAGRAPH) {
			return FactRules.paragraphKey(text(write, "instrument"), text(write, "eId"));
		}
		return (write.key() != null) ? write.key() : derivedKey(write);
	}

	/** A key from the name (or title): lower-case words joined by '-', accents dropped. */
	static String derivedKey(NodeWrite write) {
		var name = text(write, (write.label() == NodeLabel.INSTRUMENT) ? "title" : "name");
		if (name == null) {
			return null;
		}
		var plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
		var key = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (key.length() > 120) {
			key = key.substring(0, 120).replaceAll("-+$", "");
		}
		return key.isEmpty() ? null : key;
	}

	private static String text(NodeWrite write, String name) {
		var value = write.values().get(name);
		return (value != null && value.value() != null) ? value.value().toString() : null;
	}

	// ------------------------------------------------------------------ provenance

	/** The shape of each entry as its kind requires, in the loader's words. */
	private static void checkEntryShapes(List<Entry> entries, boolean ofNode, List<UserError> errors) {
		if (entries.size() > MAX_ENTRIES) {
			errors.add(UserError.validation(List.of("input", "provenance"),
					"a write carries at most " + MAX_ENTRIES + " provenance entries, not " + entries.size()));
			return;
		}
		for (Entry entry : entries) {
			var messages = new ArrayList<String>();
			for (var text : java.util.Arrays.asList(entry.source(), entry.locator(), entry.quote(), entry.url(),
					entry.statement(), entry.rule())) {
				if (text != null && text.length() > MAX_TEXT) {
					messages.add("a provenance field holds " + text.length() + " characters; at most " + MAX_TEXT
							+ " are allowed");
				}
			}
			if (!ofNode && entry.supports() != null) {
				messages.add(FactRules.relationshipEntryTakesNoSupports());
			}
			switch (entry.kind()) {
				case DERIVED -> {
					for (var field : List.of("source", "locator", "quote")) {
						var value = switch (field) {
							case "source" -> entry.source();
							case "locator" -> entry.locator();
							default -> entry.quote();
						};
						if (value != null) {
							messages.add(FactRules.derivedHas(field));
						}
					}
					if (entry.rule() == null || entry.rule().isBlank()) {
						messages.add(FactRules.derivedNeedsRule());
					}
					if (entry.derivedFrom().isEmpty()) {
						messages.add(FactRules.derivedNeedsDerivedFrom());
					}
				}
				case CURATED -> {
					if (blank(entry.source())) {
						messages.add(FactRules.required("source"));
					}
					else if (!entry.source().startsWith(FactRules.CURATED_PREFIX)) {
						messages.add(FactRules.curatedSourceId(entry.source()));
					}
					if (entry.locator() != null || entry.quote() != null) {
						messages.add(FactRules.curatedIsNotQuoted(entry.source()));
					}
					notDerived(entry, messages);
				}
				case QUOTED -> {
					for (var field : List.of("source", "locator", "quote")) {
						var value = switch (field) {
							case "source" -> entry.source();
							case "locator" -> entry.locator();
							default -> entry.quote();
						};
						if (blank(value)) {
							messages.add(FactRules.required(field));
						}
					}
					if (entry.source() != null && entry.source().startsWith(FactRules.CURATED_PREFIX)) {
						messages.add("a quoted entry cites a source document, not a curated fact (" + entry.source()
								+ "): give it the kind CURATED");
					}
					notDerived(entry, messages);
				}
			}
			messages.forEach((m) -> errors.add(UserError.validation(entry.field(), m)));
		}
	}

	private static void notDerived(Entry entry, List<String> messages) {
		if (entry.rule() != null || !entry.derivedFrom().isEmpty()) {
			messages.add("only a DERIVED entry has a 'rule' and 'derivedFrom'; this one is " + entry.kind());
		}
	}

	/**
	 * A node write's entries: their shapes, what each supports (every value set has one, every
	 * name supported is a value set), then what the graph must hold (sources, paragraphs and
	 * their words, derivations), and the words of qualified numbers.
	 */
	private List<Provenance> checkEntries(TransactionContext tx, List<Entry> entries, String key, NodeWrite write,
			Map<String, Object> values, List<UserError> errors) {
		checkEntryShapes(entries, true, errors);
		var identifying = write.label().identifying();
		var needed = new LinkedHashSet<String>();
		write.values().forEach((name, value) -> {
			if (value.value() != null && !identifying.contains(name)) {
				needed.add(name);
			}
		});
		var supportsOf = new HashMap<Entry, List<String>>();
		for (Entry entry : entries) {
			var supports = (entry.supports() != null) ? entry.supports() : List.copyOf(needed);
			for (String name : supports) {
				if (!needed.contains(name)) {
					errors.add(UserError.validation(entry.field(), FactRules.supportsUnknown(key, name,
							identifying.contains(name) && write.values().containsKey(name))));
				}
			}
			supportsOf.put(entry, supports);
		}
		if (entries.isEmpty() && !needed.isEmpty()) {
			errors.add(UserError.validation(write.path("provenance"), FactRules.noProvenance(write.label().label(), key)));
			return List.of();
		}
		for (String name : needed) {
			if (supportsOf.values().stream().noneMatch((s) -> s.contains(name))) {
				errors.add(UserError.validation(write.values().get(name).field(), FactRules.unsupported(key, name)));
			}
		}
		if (!errors.isEmpty()) {
			return List.of();
		}
		var words = new HashMap<Entry, String>();
		var result = checkGraphEntries(tx, entries, key, supportsOf, errors, words, values);
		if (errors.isEmpty()) {
			checkQuantities(write, key, entries, supportsOf, words, errors);
		}
		return result;
	}

	private List<Provenance> checkGraphEntries(TransactionContext tx, List<Entry> entries, String key,
			Map<Entry, List<String>> supportsOf, List<UserError> errors) {
		return checkGraphEntries(tx, entries, key, supportsOf, errors, new HashMap<>(), Map.of());
	}

	private List<Provenance> checkGraphEntries(TransactionContext tx, List<Entry> entries, String key,
			Map<Entry, List<String>> supportsOf, List<UserError> errors, Map<Entry, String> words,
			Map<String, Object> values) {
		var result = new ArrayList<Provenance>();
		for (Entry entry : entries) {
			var supports = supportsOf.getOrDefault(entry, List.of())
				.stream()
				.map((n) -> PropertyType.storedName(n))
				.toList();
			try {
				switch (entry.kind()) {
					case QUOTED -> {
						var text = paragraphText(tx, entry);
						FactRules.quoteIn(entry.quote(), text, entry.source(), entry.locator());
						words.put(entry, entry.quote());
					}
					case CURATED -> words.put(entry, curatedStatement(tx, entry));
					case DERIVED -> {
						for (String ref : entry.derivedFrom()) {
							checkDerivation(tx, ref, key, values);
						}
					}
				}
			}
			catch (FactRules.Violation ex) {
				errors.add(UserError.validation(entry.field(), ex.getMessage()));
			}
			var derivedFrom = entry.derivedFrom()
				.stream()
				.map(PropertyType::storedRef)
				.toList();
			result.add(new Provenance(entry.source(), entry.locator(), entry.quote(), entry.kind(), supports, entry.rule(),
					derivedFrom));
		}
		return result;
	}

	/** The text of the paragraph a quote names; a source outside the graph needs its address. */
	private static String paragraphText(TransactionContext tx, Entry entry) {
		var found = tx.run("""
				OPTIONAL MATCH (i:Instrument {key: $source})
				OPTIONAL MATCH (p:Paragraph {key: $paragraph})
				OPTIONAL MATCH (s:Source {key: $source})
				RETURN i IS NOT NULL AS instrument, p IS NOT NULL AS paragraph, p.text AS text, s IS NOT NULL AS source
				""", Map.of("source", entry.source(), "paragraph", FactRules.paragraphKey(entry.source(), entry.locator())))
			.single();
		if (!found.get("instrument").asBoolean()) {
			if (found.get("source").asBoolean() || !blank(entry.url())) {
				if (!found.get("source").asBoolean()) {
					tx.run("""
							MERGE (s:Source {key: $source})
							ON CREATE SET s.url = $url, s.kind = 'QUOTED', s.origin = 'curation'
							""", Map.of("source", entry.source(), "url", entry.url())).consume();
				}
				return entry.quote();
			}
			throw new FactRules.Violation(FactRules.unknownSource(entry.source()));
		}
		if (!found.get("paragraph").asBoolean()) {
			throw new FactRules.Violation(FactRules.locatorNotAParagraph(entry.locator(), entry.source()));
		}
		return found.get("text").asString(null);
	}

	/** The statement of the curated fact an entry cites; a new one is added when the entry gives its statement and address. */
	private static String curatedStatement(TransactionContext tx, Entry entry) {
		var statement = tx.run("MATCH (s:Source {key: $key}) RETURN s.statement AS statement",
				Map.of("key", entry.source()))
			.list((r) -> r.get("statement").asString(null))
			.stream()
			.findFirst();
		if (statement.isPresent()) {
			return statement.get();
		}
		if (blank(entry.statement()) || blank(entry.url())) {
			throw new FactRules.Violation(CurationMessages.unknownCuratedSource(entry.source()));
		}
		tx.run("""
				CREATE (s:Source {key: $key, statement: $statement, url: $url, kind: 'CURATED', origin: 'curation'})
				""", Map.of("key", entry.source(), "statement", entry.statement(), "url", entry.url())).consume();
		return entry.statement();
	}

	/** A reference resolves to a curated fact, a value of the same node, a node key, or {@code <key>.<property>}. */
	private static void checkDerivation(TransactionContext tx, String ref, String subjectKey, Map<String, Object> values) {
		if (ref.startsWith(FactRules.CURATED_PREFIX)) {
			if (!exists(tx, "MATCH (s:Source {key: $key}) RETURN count(s) > 0 AS found", ref)) {
				throw new FactRules.Violation(FactRules.unknownCuratedDerivation(ref));
			}
			return;
		}
		var stored = PropertyType.storedRef(ref);
		if (!stored.contains(".") && !stored.contains("/") && (values.get(stored) != null || propertyOf(tx, subjectKey, stored))) {
			return;
		}
		if (anyNode(tx, ref) != null) {
			return;
		}
		int dot = stored.lastIndexOf('.');
		if (dot > 0 && propertyOf(tx, stored.substring(0, dot), stored.substring(dot + 1))) {
			return;
		}
		throw new FactRules.Violation(FactRules.unresolvedDerivation(ref, subjectKey));
	}

	private static boolean propertyOf(TransactionContext tx, String key, String property) {
		var node = anyNode(tx, key);
		return node != null && node.properties().get(property) != null;
	}

	private static GraphNode anyNode(TransactionContext tx, String key) {
		for (NodeLabel label : NodeLabel.values()) {
			var node = find(tx, label, key);
			if (node.isPresent()) {
				return node.get();
			}
		}
		return null;
	}

	private static boolean exists(TransactionContext tx, String query, String key) {
		return tx.run(query, Map.of("key", key)).single().get("found").asBoolean();
	}


	/** A bare number is not qualified by the words that support it; a qualified one is written as in them. */
	private static void checkQuantities(NodeWrite write, String key, List<Entry> entries,
			Map<Entry, List<String>> supportsOf, Map<Entry, String> words, List<UserError> errors) {
		var types = PropertyType.of(write.label());
		for (var field : write.values().entrySet()) {
			var name = field.getKey();
			var given = field.getValue();
			if (types.get(name) != PropertyType.QUANTITY || !(given.value() instanceof Number number)) {
				continue;
			}
			var worded = entries.stream()
				.filter((e) -> supportsOf.get(e).contains(name) && words.get(e) != null)
				.toList();
			if (given.qualifier() == null) {
				for (Entry entry : worded) {
					var match = QuantityQualifier.find(words.get(entry), number.longValue());
					if (match.isPresent()) {
						errors.add(UserError.validation(given.field(),
								FactRules.bareNumber(key, name, number.longValue(), entry.source(), match.get())));
						break;
					}
				}
			}
			else if (!worded.isEmpty() && worded.stream().noneMatch((e) -> words.get(e).contains(given.asWritten()))) {
				errors.add(UserError.validation(given.field(), FactRules.notInWords(key, name, given.asWritten())));
			}
		}
	}

	// ------------------------------------------------------------------ paragraphs

	/** A new paragraph's instrument (not a source document) and parent (a paragraph of the same instrument). */
	private static GraphNode checkParagraphPlace(TransactionContext tx, NodeWrite write, String key,
			Map<String, Object> values, List<UserError> errors) {
		var instrumentKey = text(write, "instrument");
		var instrument = find(tx, NodeLabel.INSTRUMENT, instrumentKey).orElse(null);
		if (instrument == null) {
			errors.add(new UserError(write.values().get("instrument").field(),
					FactRules.unknownInstrument(key, instrumentKey), Code.NOT_FOUND));
			return null;
		}
		if (Boolean.TRUE.equals(instrument.properties().get("sourceDocument"))) {
			errors.add(UserError.validation(write.values().get("instrument").field(), FactRules.sourceDocumentParagraph()));
			return null;
		}
		var parentKey = text(write, "parent");
		if (parentKey == null) {
			return instrument;
		}
		var parent = find(tx, NodeLabel.PARAGRAPH, parentKey).orElse(null);
		if (parent == null || !instrumentKey.equals(parent.properties().get("instrumentKey"))) {
			errors.add(new UserError(write.values().get("parent").field(),
					FactRules.unknownParent(key, parentKey, instrumentKey), Code.NOT_FOUND));
			return null;
		}
		values.put("parentKey", parentKey);
		return parent;
	}

	private static String documentOrder(GraphNode parent, Object position) {
		var own = "%04d".formatted((position instanceof Number number) ? number.longValue() : 0L);
		var parentOrder = parent.string("documentOrder");
		return (parent.label() == NodeLabel.PARAGRAPH && parentOrder != null) ? parentOrder + "." + own : own;
	}

	/** The part-of link of a new paragraph rests on what supports its parent; with no parent, on the paragraph. */
	private static RelationshipState linkParagraph(TransactionContext tx, String key, GraphNode parent,
			StoredProvenance provenance) {
		boolean hasParent = parent.label() == NodeLabel.PARAGRAPH;
		var entries = new ArrayList<Provenance>();
		for (Provenance entry : provenance.entries()) {
			if (!hasParent || entry.supports().contains("parentKey")) {
				entries.add(new Provenance(entry.source(), entry.locator(), entry.quote(), entry.kind(), List.of(),
						entry.rule(), entry.derivedFrom()));
			}
		}
		var link = new StoredProvenance(List.of(), List.of()).plus(entries, StoredProvenance.CURATION);
		var properties = new LinkedHashMap<String, Object>(link.properties());
		properties.put("origin", StoredProvenance.CURATION);
		tx.run("""
				MATCH (p:Paragraph {key: $key}), (parent:$($parentLabel) {key: $parent})
				CREATE (p)-[r:PART_OF]->(parent)
				SET r = $properties
				""", Map.of("key", key, "parentLabel", parent.label().label(), "parent", parent.key(), "properties",
				properties)).consume();
		SupportNodes.ofRelationship(tx, RelationshipType.PART_OF.name(), NodeLabel.PARAGRAPH, key, parent.label(),
				parent.key(), 0, link);
		return new RelationshipState(RelationshipType.PART_OF.name(), NodeLabel.PARAGRAPH, key, parent.label(),
				parent.key(), properties);
	}

	// ------------------------------------------------------------------ reads

	private static Optional<GraphNode> find(TransactionContext tx, NodeLabel label, String key) {
		return tx.run("MATCH (n:$($label) {key: $key}) RETURN n", Map.of("label", label.label(), "key", key))
			.list((record) -> GraphNode.of(record.get("n")))
			.stream()
			.findFirst();
	}

	private static void checkVersion(GraphNode current, Long expected, List<String> field, List<UserError> errors) {
		if (expected != null && expected != current.version()) {
			errors.add(new UserError(field, current.label().label() + " " + current.key() + " is at version "
					+ current.version() + ", not " + expected + ": read it again and apply your change to version "
					+ current.version(), Code.CONFLICT));
		}
	}

	private static UserError notFound(List<String> field, NodeLabel label, String key) {
		return new UserError(field, "no " + label.label() + " has the key " + key, Code.NOT_FOUND);
	}

	private static List<String> list(Object value) {
		var result = new ArrayList<String>();
		if (value instanceof List<?> list) {
			list.forEach((v) -> result.add(v.toString()));
		}
		return result;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Thrown out of the transaction function to roll back a refused write. */
	private static final class Refused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient Outcome outcome;

		Refused(Outcome outcome) {
			super(null, null, false, false);
			this.outcome = outcome;
		}

	}

	private Outcome inTransaction(Function<TransactionContext, Outcome> work) {
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> {
				var outcome = work.apply(tx);
				if (!outcome.committed()) {
					throw new Refused(outcome);
				}
				return outcome;
			}, TransactionConfig.builder().withTimeout(TIMEOUT).withMetadata(Map.of("app", "curation")).build());
		}
		catch (Refused refused) {
			return refused.outcome;
		}
		catch (ClientException ex) {
			if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(ex.code())) {
				return Outcome.refused(List.of(new UserError(List.of("input", "key"),
						"an entity with this key exists already", Code.DUPLICATE_KEY)));
			}
			throw ex;
		}
	}

}
