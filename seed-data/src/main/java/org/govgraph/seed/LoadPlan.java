package org.govgraph.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.govgraph.model.curation.ChangeLog;
import org.govgraph.model.curation.ChangeLog.RelationshipState;
import org.govgraph.model.curation.ChangeOperation;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.RelationshipType;
import org.govgraph.seed.Dataset.NodeFact;
import org.govgraph.seed.Dataset.Provenance;
import org.govgraph.seed.Dataset.RelationshipFact;
import org.neo4j.driver.Values;

/**
 * What loading a dataset writes into a graph that curators write to as well, worked out from
 * the dataset and the graph as stored (no Cypher here; {@link DatasetLoader} runs it). The
 * loader manages only the dataset's own facts, as the storage model of
 * {@link org.govgraph.model.curation} describes them:
 * <ul>
 * <li>a node the dataset holds is created ({@code origin: "dataset"}, version 1) or has its
 * dataset values set, except those listed in {@code curatedProperties}; where the dataset has
 * changed such a value since the curator overrode it (its {@code DatasetState} value differs),
 * the curator's value stays and a {@link Conflict} is reported;</li>
 * <li>its provenance lists keep the curators' entries ({@code provenanceOrigins}
 * {@code "curation"}) after the dataset's, whose {@code supports} leave out curated
 * properties;</li>
 * <li>a dataset node the dataset no longer holds is retired, never deleted; a curator's node
 * is never retired or changed;</li>
 * <li>dataset relationships are created, updated and removed; a curator's relationship is left
 * alone, and a dataset relationship listed in its start node's {@code disconnected} is not
 * brought back;</li>
 * <li>a node's version grows, and a change is recorded, only when its stored values or its
 * outgoing dataset relationships change; filling in bookkeeping a graph loaded before origins
 * were kept lacks ({@code origin}, {@code version}, {@code retired}, {@code provenanceOrigins})
 * is no change. A relationship whose properties change is recorded as removed (as it was) and
 * added (as it is).</li>
 * </ul>
 */
final class LoadPlan {

	/** Who the change log names for the loader's writes, and the origin of what the dataset created. */
	static final String DATASET = "dataset";

	/** The origin of what a curator created, and of a curator's provenance entry. */
	static final String CURATION = "curation";

	static final String ORIGIN = "origin";

	static final String CURATED_PROPERTIES = "curatedProperties";

	static final String DISCONNECTED = "disconnected";

	static final String PROVENANCE_ORIGINS = "provenanceOrigins";

	/** The parallel provenance lists, in the order of {@link Entry}'s fields, origins last. */
	static final List<String> PROVENANCE_LISTS = List.of("provenanceSources", "provenanceLocators", "provenanceQuotes",
			"provenanceKinds", "provenanceSupports", "provenanceRules", "provenanceDerivedFrom", PROVENANCE_ORIGINS);

	/** Properties of a node that are the storage model's bookkeeping, not dataset values. */
	static final Set<String> BOOKKEEPING = Set.of("key", ORIGIN, GraphNode.VERSION, GraphNode.RETIRED,
			CURATED_PROPERTIES, DISCONNECTED);

	/** A node's identity: its label and key. */
	record NodeKey(NodeLabel label, String key) {
	}

	/** A relationship from a stored node, as read. */
	record StoredRelationship(String type, NodeLabel toLabel, String toKey, Map<String, Object> properties) {
	}

	/**
	 * A governance node as read at the start of the load.
	 *
	 * @param retiredByDataset whether the last retirement or restoration in its history was the loader's
	 */
	record StoredNode(NodeLabel label, String key, Map<String, Object> properties, List<StoredRelationship> outgoing,
			boolean retiredByDataset) {

		NodeKey id() {
			return new NodeKey(this.label, this.key);
		}

		String origin() {
			return (this.properties.get(ORIGIN) instanceof String origin) ? origin : DATASET;
		}

		boolean retired() {
			return Boolean.TRUE.equals(this.properties.get(GraphNode.RETIRED));
		}

	}

	/** A node to write with {@code SET n = properties} (merged on label and key). */
	record NodeWrite(NodeLabel label, String key, Map<String, Object> properties) {

		Map<String, Object> row() {
			return Map.of("label", this.label.label(), "key", this.key, "properties", this.properties);
		}

	}

	/** A relationship to remove, or to merge and write with {@code SET r = properties}. */
	record RelationshipWrite(String type, NodeLabel fromLabel, String fromKey, NodeLabel toLabel, String toKey,
			Map<String, Object> properties) {

		Map<String, Object> row() {
			return Map.of("type", this.type, "fromLabel", this.fromLabel.label(), "fromKey", this.fromKey, "toLabel",
					this.toLabel.label(), "toKey", this.toKey, "properties", this.properties);
		}

		RelationshipState state() {
			return new RelationshipState(this.type, this.fromLabel, this.fromKey, this.toLabel, this.toKey,
					this.properties);
		}

	}

	/**
	 * A value a curator set that the dataset has changed since.
	 *
	 * @param datasetValue the dataset's new value; null when the dataset no longer has one
	 * @param curatedValue the curator's value, which stays; null when the curator removed it
	 */
	record Conflict(NodeLabel label, String key, String property, String datasetValue, String curatedValue) {

		Map<String, Object> row() {
			var row = new LinkedHashMap<String, Object>();
			row.put("label", this.label.label());
			row.put("key", this.key);
			row.put("property", this.property);
			row.put("datasetValue", this.datasetValue);
			row.put("curatedValue", this.curatedValue);
			return row;
		}

	}

	/** The dataset's value of a curated property, kept on its {@code DatasetState}; null removes it. */
	record StateUpdate(NodeLabel label, String key, String property, Object value) {

		Map<String, Object> row() {
			var row = new LinkedHashMap<String, Object>();
			row.put("label", this.label.label());
			row.put("key", this.key);
			row.put("property", this.property);
			row.put("value", this.value);
			return row;
		}

	}

	/**
	 * One provenance entry in its stored form: the elements at one index of the parallel lists
	 * ("" where a field does not apply; supports joined by ",", derivedFrom by "|").
	 */
	record Entry(String source, String locator, String quote, String kind, String supports, String rule,
			String derivedFrom, String origin) {

		static Entry of(Provenance provenance, java.util.Collection<String> curated) {
			return new Entry(orEmpty(provenance.source()), orEmpty(provenance.locator()), orEmpty(provenance.quote()),
					provenance.kind().name(),
					String.join(",", provenance.supports().stream().filter((p) -> !curated.contains(p)).toList()),
					orEmpty(provenance.rule()), String.join("|", provenance.derivedFrom()), DATASET);
		}

		/** The entries stored on a node or relationship; those without an origin are the dataset's. */
		static List<Entry> stored(Map<String, Object> properties) {
			var lists = PROVENANCE_LISTS.stream().map((name) -> list(properties.get(name))).toList();
			var entries = new ArrayList<Entry>();
			for (int i = 0; i < lists.get(3).size(); i++) {
				int index = i;
				var values = lists.stream()
					.map((l) -> (index < l.size() && l.get(index) != null) ? l.get(index).toString() : "")
					.toList();
				entries.add(new Entry(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
						values.get(5), values.get(6), values.get(7).isEmpty() ? DATASET : values.get(7)));
			}
			return entries;
		}

		/** The parallel lists of these entries. */
		static Map<String, Object> properties(List<Entry> entries) {
			var result = new LinkedHashMap<String, Object>();
			result.put("provenanceSources", entries.stream().map(Entry::source).toList());
			result.put("provenanceLocators", entries.stream().map(Entry::locator).toList());
			result.put("provenanceQuotes", entries.stream().map(Entry::quote).toList());
			result.put("provenanceKinds", entries.stream().map(Entry::kind).toList());
			result.put("provenanceSupports", entries.stream().map(Entry::supports).toList());
			result.put("provenanceRules", entries.stream().map(Entry::rule).toList());
			result.put("provenanceDerivedFrom", entries.stream().map(Entry::derivedFrom).toList());
			result.put(PROVENANCE_ORIGINS, entries.stream().map(Entry::origin).toList());
			return result;
		}

		boolean curation() {
			return CURATION.equals(this.origin);
		}

		/** The entry as a {@code (:Support)} node's properties, without its subject. */
		Map<String, Object> supportRow(String key, int ordinal) {
			var row = new LinkedHashMap<String, Object>();
			row.put("key", key);
			row.put("ordinal", (long) ordinal);
			row.put("kind", this.kind);
			row.put("source", emptyToNull(this.source));
			row.put("locator", emptyToNull(this.locator));
			row.put("quote", emptyToNull(this.quote));
			row.put("rule", emptyToNull(this.rule));
			row.put("supports", split(this.supports, ","));
			row.put("derivedFrom", split(this.derivedFrom, "|"));
			row.put(ORIGIN, this.origin);
			return row;
		}

	}

	/** What the load did, for its log line and {@link DatasetLoader.Result}. */
	record Counts(int created, int updated, int retired, int restored, int conflicts) {
	}

	final List<NodeWrite> nodeWrites = new ArrayList<>();

	final List<NodeKey> retire = new ArrayList<>();

	final List<NodeKey> restore = new ArrayList<>();

	final List<RelationshipWrite> relationshipRemovals = new ArrayList<>();

	final List<RelationshipWrite> relationshipWrites = new ArrayList<>();

	/** The Support nodes of everything the load manages, as they must be. */
	final List<Map<String, Object>> supportRows = new ArrayList<>();

	/** {@code Label:key} of the nodes whose entries' Support nodes the load manages. */
	final Set<String> managedNodeSupports = new LinkedHashSet<>();

	/** {@code TYPE:from->to} of the relationships whose entries' Support nodes the load manages. */
	final Set<String> managedRelationshipSupports = new LinkedHashSet<>();

	final List<Conflict> conflicts = new ArrayList<>();

	final List<StateUpdate> stateUpdates = new ArrayList<>();

	final List<ChangeLog.Entry> changes = new ArrayList<>();

	/** Nodes the dataset holds that a curator created first: left to curators. */
	final List<NodeKey> curatorsNodes = new ArrayList<>();

	private final String comment;

	private final Set<String> sourceParagraphs;

	private int created;

	private int updated;

	private int retired;

	private int restored;

	private LoadPlan(Dataset dataset) {
		this.comment = "dataset " + dataset.checksum().substring(0, Math.min(12, dataset.checksum().length()));
		var sourceDocuments = dataset.nodes()
			.stream()
			.filter((n) -> n.label() == NodeLabel.INSTRUMENT && Boolean.TRUE.equals(n.properties().get("sourceDocument")))
			.map(NodeFact::key)
			.collect(java.util.stream.Collectors.toSet());
		this.sourceParagraphs = new HashSet<>();
		dataset.nodes()
			.stream()
			.filter((n) -> n.label() == NodeLabel.PARAGRAPH && sourceDocuments.contains(n.properties().get("instrumentKey")))
			.forEach((n) -> this.sourceParagraphs.add(n.key()));
	}

	/**
	 * Works out the writes.
	 *
	 * @param stored every governance node in the graph, with its outgoing relationships
	 * @param states the {@code DatasetState} values by node
	 */
	static LoadPlan of(Dataset dataset, Map<NodeKey, StoredNode> stored, Map<NodeKey, Map<String, Object>> states) {
		var plan = new LoadPlan(dataset);
		var outgoing = new LinkedHashMap<NodeKey, List<RelationshipFact>>();
		for (RelationshipFact relationship : dataset.relationships()) {
			outgoing.computeIfAbsent(key(relationship.from()), (k) -> new ArrayList<>()).add(relationship);
		}
		var held = new HashSet<NodeKey>();
		for (NodeFact node : dataset.nodes()) {
			held.add(key(node));
			var facts = outgoing.getOrDefault(key(node), List.of());
			var existing = stored.get(key(node));
			if (existing == null) {
				plan.create(node, facts);
			}
			else {
				plan.update(node, existing, facts, states.getOrDefault(key(node), Map.of()));
			}
		}
		stored.values()
			.stream()
			.filter((s) -> !held.contains(s.id()))
			.sorted(Comparator.comparing((StoredNode s) -> s.label().label()).thenComparing(StoredNode::key))
			.forEach(plan::withdraw);
		return plan;
	}

	Counts counts() {
		return new Counts(this.created, this.updated, this.retired, this.restored, this.conflicts.size());
	}

	private void create(NodeFact node, List<RelationshipFact> facts) {
		var entries = node.provenance().stream().map((p) -> Entry.of(p, Set.of())).toList();
		var after = new LinkedHashMap<String, Object>(normalized(node.properties()));
		after.putAll(Entry.properties(entries));
		after.put(ORIGIN, DATASET);
		after.put(GraphNode.VERSION, 1L);
		after.put(GraphNode.RETIRED, false);
		this.nodeWrites.add(new NodeWrite(node.label(), node.key(), after));
		nodeSupports(node.label(), node.key(), entries);
		var added = new ArrayList<RelationshipState>();
		for (RelationshipFact fact : facts) {
			var write = relationship(fact, List.of());
			this.relationshipWrites.add(write);
			added.add(write.state());
		}
		this.changes.add(change(ChangeOperation.CREATED, node.label(), node.key(), 1L, null, after, added, List.of()));
		this.created++;
	}

	private void update(NodeFact node, StoredNode existing, List<RelationshipFact> facts, Map<String, Object> state) {
		var before = existing.properties();
		var after = new LinkedHashMap<String, Object>(before);
		if (existing.origin().equals(CURATION)) {
			this.curatorsNodes.add(existing.id());
		}
		else {
			var curated = strings(before.get(CURATED_PROPERTIES));
			var values = normalized(node.properties());
			before.keySet()
				.stream()
				.filter((p) -> !BOOKKEEPING.contains(p) && !PROVENANCE_LISTS.contains(p) && !curated.contains(p)
						&& !values.containsKey(p))
				.forEach(after::remove);
			values.forEach((p, v) -> {
				if (!curated.contains(p)) {
					after.put(p, v);
				}
			});
			for (String property : curated) {
				Object value = values.get(property);
				if (!Objects.equals(value, state.get(property))) {
					this.conflicts.add(new Conflict(node.label(), node.key(), property, text(value),
							text(before.get(property))));
					this.stateUpdates.add(new StateUpdate(node.label(), node.key(), property, value));
				}
			}
			var entries = new ArrayList<Entry>();
			for (Provenance provenance : node.provenance()) {
				var entry = Entry.of(provenance, curated);
				if (provenance.supports().isEmpty() || !entry.supports().isEmpty()) {
					entries.add(entry);
				}
			}
			Entry.stored(before).stream().filter(Entry::curation).forEach(entries::add);
			after.putAll(Entry.properties(entries));
			after.putIfAbsent(ORIGIN, DATASET);
			after.putIfAbsent(GraphNode.VERSION, 1L);
			after.putIfAbsent(GraphNode.RETIRED, false);
			nodeSupports(node.label(), node.key(), entries);
		}
		boolean restoring = existing.retired() && existing.retiredByDataset();
		if (restoring) {
			after.put(GraphNode.RETIRED, false);
			this.restore.add(existing.id());
		}
		var added = new ArrayList<RelationshipState>();
		var removed = new ArrayList<RelationshipState>();
		relationships(existing, facts, added, removed);
		finish(restoring ? ChangeOperation.RESTORED : ChangeOperation.UPDATED, existing, after, added, removed,
				restoring);
	}

	/** A stored node the dataset does not hold: its dataset relationships go, and a dataset node is retired. */
	private void withdraw(StoredNode existing) {
		var after = new LinkedHashMap<String, Object>(existing.properties());
		var added = new ArrayList<RelationshipState>();
		var removed = new ArrayList<RelationshipState>();
		relationships(existing, List.of(), added, removed);
		boolean retiring = existing.origin().equals(DATASET) && !existing.retired();
		if (retiring) {
			after.put(GraphNode.RETIRED, true);
			this.retire.add(existing.id());
		}
		finish(retiring ? ChangeOperation.RETIRED : ChangeOperation.UPDATED, existing, after, added, removed, retiring);
	}

	private void finish(ChangeOperation operation, StoredNode existing, Map<String, Object> after,
			List<RelationshipState> added, List<RelationshipState> removed, boolean relabelled) {
		var before = existing.properties();
		if (relabelled || !added.isEmpty() || !removed.isEmpty() || !comparable(before).equals(comparable(after))) {
			long version = version(before) + 1;
			after.put(GraphNode.VERSION, version);
			this.changes.add(change(operation, existing.label(), existing.key(), version, before, after, added, removed));
			switch (operation) {
				case RETIRED -> this.retired++;
				case RESTORED -> this.restored++;
				default -> this.updated++;
			}
		}
		if (!after.equals(before)) {
			this.nodeWrites.add(new NodeWrite(existing.label(), existing.key(), after));
		}
	}

	/** Brings a stored node's outgoing dataset relationships in line with the dataset's. */
	private void relationships(StoredNode from, List<RelationshipFact> facts, List<RelationshipState> added,
			List<RelationshipState> removed) {
		var disconnected = strings(from.properties().get(DISCONNECTED));
		var wanted = new LinkedHashMap<String, RelationshipFact>();
		for (RelationshipFact fact : facts) {
			String id = relationshipId(fact.type().name(), fact.from().key(), fact.to().key());
			if (disconnected.contains(id)) {
				this.managedRelationshipSupports.add(supportSubject(fact.type().name(), fact.from().key(), fact.to().key()));
			}
			else {
				wanted.put(id, fact);
			}
		}
		var existing = new LinkedHashMap<String, StoredRelationship>();
		for (StoredRelationship relationship : from.outgoing()) {
			String id = relationshipId(relationship.type(), from.key(), relationship.toKey());
			existing.put(id, relationship);
			if (!CURATION.equals(relationship.properties().get(ORIGIN)) && !wanted.containsKey(id)) {
				var removal = new RelationshipWrite(relationship.type(), from.label(), from.key(), relationship.toLabel(),
						relationship.toKey(), relationship.properties());
				this.relationshipRemovals.add(removal);
				this.managedRelationshipSupports.add(supportSubject(relationship.type(), from.key(), relationship.toKey()));
				removed.add(removal.state());
			}
		}
		wanted.forEach((id, fact) -> {
			var current = existing.get(id);
			if (current == null) {
				var write = relationship(fact, List.of());
				this.relationshipWrites.add(write);
				added.add(write.state());
			}
			else if (!CURATION.equals(current.properties().get(ORIGIN))) {
				var write = relationship(fact,
						Entry.stored(current.properties()).stream().filter(Entry::curation).toList());
				if (!write.properties().equals(current.properties())) {
					this.relationshipWrites.add(write);
					if (!comparable(current.properties()).equals(comparable(write.properties()))) {
						removed.add(new RelationshipState(current.type(), from.label(), from.key(), current.toLabel(),
								current.toKey(), current.properties()));
						added.add(write.state());
					}
				}
			}
		});
	}

	/** A dataset relationship as it is to be stored, keeping a curator's entries on it; registers its Support rows. */
	private RelationshipWrite relationship(RelationshipFact fact, List<Entry> curatorsEntries) {
		var entries = new ArrayList<Entry>();
		fact.provenance().forEach((p) -> entries.add(Entry.of(p, Set.of())));
		entries.addAll(curatorsEntries);
		var properties = new LinkedHashMap<String, Object>(normalized(fact.properties()));
		properties.putAll(Entry.properties(entries));
		properties.put(ORIGIN, DATASET);
		String type = fact.type().name();
		String subject = supportSubject(type, fact.from().key(), fact.to().key());
		this.managedRelationshipSupports.add(subject);
		boolean ownParagraph = fact.type() == RelationshipType.PART_OF && this.sourceParagraphs.contains(fact.from().key());
		for (int i = 0; i < entries.size(); i++) {
			var entry = entries.get(i);
			if (ownParagraph && !entry.curation()) {
				continue;
			}
			var row = entry.supportRow(subject + "#" + i, i);
			row.put("subjectLabel", fact.from().label().label());
			row.put("subjectKey", fact.from().key());
			row.put("relationshipType", type);
			row.put("objectLabel", fact.to().label().label());
			row.put("objectKey", fact.to().key());
			this.supportRows.add(row);
		}
		return new RelationshipWrite(type, fact.from().label(), fact.from().key(), fact.to().label(), fact.to().key(),
				properties);
	}

	/**
	 * The Support rows of a node's entries, except the dataset's own entries on the source
	 * documents' paragraphs (they are the source, not a claim on it).
	 */
	private void nodeSupports(NodeLabel label, String key, List<Entry> entries) {
		String subject = label.label() + ":" + key;
		this.managedNodeSupports.add(subject);
		boolean ownParagraph = label == NodeLabel.PARAGRAPH && this.sourceParagraphs.contains(key);
		for (int i = 0; i < entries.size(); i++) {
			if (ownParagraph && !entries.get(i).curation()) {
				continue;
			}
			var row = entries.get(i).supportRow(subject + "#" + i, i);
			row.put("subjectLabel", label.label());
			row.put("subjectKey", key);
			this.supportRows.add(row);
		}
	}

	private ChangeLog.Entry change(ChangeOperation operation, NodeLabel label, String key, long version,
			Map<String, Object> before, Map<String, Object> after, List<RelationshipState> added,
			List<RelationshipState> removed) {
		return new ChangeLog.Entry(operation, label, key, version, DATASET, this.comment, null, before, Map.copyOf(after),
				added, removed);
	}

	/** The properties with the bookkeeping a graph loaded before origins were kept lacks filled in, to compare. */
	private static Map<String, Object> comparable(Map<String, Object> properties) {
		var result = new LinkedHashMap<String, Object>(properties);
		result.remove(GraphNode.VERSION);
		result.putIfAbsent(ORIGIN, DATASET);
		if (result.containsKey("key")) { // a node's, not a relationship's
			result.putIfAbsent(GraphNode.RETIRED, false);
		}
		if (!result.containsKey(PROVENANCE_ORIGINS)) {
			result.put(PROVENANCE_ORIGINS, list(properties.get("provenanceKinds")).stream().map((k) -> DATASET).toList());
		}
		return result;
	}

	private static long version(Map<String, Object> properties) {
		return (properties.get(GraphNode.VERSION) instanceof Number number) ? number.longValue() : 1L;
	}

	/** Values as the driver reads them back (an Integer as a Long, any list as a list of values), to compare. */
	private static Map<String, Object> normalized(Map<String, Object> properties) {
		var result = new LinkedHashMap<String, Object>();
		properties.forEach((name, value) -> {
			if (value != null) {
				result.put(name, Values.value(value).asObject());
			}
		});
		return result;
	}

	static String relationshipId(String type, String fromKey, String toKey) {
		return type + "|" + fromKey + "|" + toKey;
	}

	private static String supportSubject(String type, String fromKey, String toKey) {
		return type + ":" + fromKey + "->" + toKey;
	}

	private static NodeKey key(NodeFact node) {
		return new NodeKey(node.label(), node.key());
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static List<?> list(Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	private static List<String> strings(Object value) {
		return list(value).stream().map(Object::toString).toList();
	}

	private static List<String> split(String value, String separator) {
		return value.isEmpty() ? List.of() : List.of(value.split(java.util.regex.Pattern.quote(separator)));
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
