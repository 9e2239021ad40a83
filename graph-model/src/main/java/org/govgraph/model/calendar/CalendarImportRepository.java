package org.govgraph.model.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.govgraph.model.calendar.CalendarImport.Event;
import org.govgraph.model.calendar.CalendarImport.File;
import org.govgraph.model.calendar.CalendarImport.Result;
import org.govgraph.model.curation.ChangeLog;
import org.govgraph.model.curation.ChangeOperation;
import org.govgraph.model.curation.StoredProvenance;
import org.govgraph.model.curation.SupportNodes;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphNode.Provenance;
import org.govgraph.model.vocabulary.FactRules;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.ProvenanceKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Repository;

/**
 * Writes a forum's imported calendar in one transaction, under the change log's lock: each
 * event is found again by its UID (an event of the graph's own feeds by its key) and created,
 * updated, cancelled (retired) or left unchanged; each is a meeting of the forum; an overridden
 * occurrence is its own event, part of its series. The file is the provenance of what it
 * brings: a curated fact {@code curated/import/<sha-256>} naming the file, its hash, who
 * imported it and when. Importing the same file again changes nothing.
 */
@Repository
public class CalendarImportRepository {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** The values an import manages on an event. */
	static final List<String> MANAGED = List.of("name", "kind", "start", "startPrecision", "end", "endPrecision",
			"timeZone", "venue", "description", "url", EventUid.PROPERTY, "rrule", "rdates", "exdates", "recurrenceId");

	/** The values an import's provenance entry supports. */
	private static final List<String> SUPPORTED = List.of("name", "kind", "start", "end", "timeZone", "venue",
			"description", "url", EventUid.PROPERTY, "rrule", "rdates", "exdates", "recurrenceId");

	private static final String FIND_BY_UID = """
			MATCH (e:Event {uid: $uid})
			WHERE e.recurrenceId IS NULL OR e.recurrenceId = $recurrenceId
			RETURN e, e.recurrenceId AS recurrenceId
			""";

	private static final String FIND_BY_KEY = "MATCH (e:Event {key: $key}) RETURN e";

	private static final String FORUM = "MATCH (f:Forum {key: $key}) RETURN f";

	private static final String SOURCE = """
			MERGE (s:Source {key: $key})
			ON CREATE SET s.statement = $statement, s.url = $url, s.kind = 'CURATED', s.origin = 'curation',
			              s.fileName = $fileName, s.sha256 = $sha256, s.importedBy = $by, s.importedAt = datetime()
			RETURN s.statement AS statement
			""";

	private static final String CREATE = """
			CREATE (e:Event) SET e = $properties
			""";

	private static final String UPDATE = """
			MATCH (e:Event {key: $key})
			SET e = $properties
			""";

	private static final String DATASET_STATE = """
			MERGE (d:DatasetState {label: 'Event', key: $key})
			SET d += $values
			""";

	private static final String RETIRE_LABEL = "MATCH (e:Event {key: $key}) SET e:Retired";

	private static final String RESTORE_LABEL = "MATCH (e:Event {key: $key}) REMOVE e:Retired";

	private static final String LINK = """
			MATCH (e:Event {key: $from}), (o:$($toLabel) {key: $to})
			WHERE NOT EXISTS { (e)-[:$($type)]->(o) }
			CREATE (e)-[r:$($type)]->(o)
			SET r = $properties
			RETURN properties(r) AS r
			""";



	private final Driver driver;

	public CalendarImportRepository(Driver driver) {
		this.driver = driver;
	}

	/** Thrown when the forum is unknown; nothing is written. */
	public static final class UnknownForum extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public UnknownForum(String key) {
			super("No forum has the key " + key);
		}

	}

	/** Imports the events of one file into the forum's calendar, all of them or (on any failure) none. */
	public Result importCalendar(String forumKey, List<Event> events, File file) {
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> write(tx, forumKey, events, file),
					TransactionConfig.builder().withTimeout(TIMEOUT).build());
		}
	}

	private static Result write(TransactionContext tx, String forumKey, List<Event> events, File file) {
		ChangeLog.lock(tx);
		if (tx.run(FORUM, Map.of("key", forumKey)).list().isEmpty()) {
			throw new UnknownForum(forumKey);
		}
		var sourceKey = CalendarTexts.sourceKey(file.sha256());
		var parameters = new HashMap<String, Object>();
		parameters.put("key", sourceKey);
		parameters.put("statement", CalendarTexts.sourceStatement(file));
		parameters.put("url", CalendarTexts.sourceUrl(file.sha256()));
		parameters.put("fileName", file.name());
		parameters.put("sha256", file.sha256());
		parameters.put("by", file.importedBy());
		tx.run(SOURCE, parameters).consume();
		var entry = new Provenance(sourceKey, null, null, ProvenanceKind.CURATED, List.of(), null, List.of());

		int created = 0;
		int updated = 0;
		int cancelled = 0;
		int unchanged = 0;
		var masters = new HashMap<String, String>();
		var ordered = new ArrayList<>(events);
		// Series first, so that an overridden occurrence finds its series.
		ordered.sort((a, b) -> Boolean.compare(a.recurrenceId() != null, b.recurrenceId() != null));
		for (Event event : ordered) {
			var existing = find(tx, event);
			String key = existing.map(GraphNode::key)
				.orElseGet(() -> (event.recurrenceId() != null)
						? CalendarTexts.occurrenceKey(masters.getOrDefault(event.uid(), forumKey + "/calendar"),
								event.recurrenceId())
						: CalendarTexts.eventKey(forumKey, event.uid()));
			if (event.recurrenceId() == null) {
				masters.put(event.uid(), key);
			}
			var values = values(event);
			var supported = SUPPORTED.stream().filter((name) -> values.get(name) != null).toList();
			var provenance = new StoredProvenance(List.of(), List.of()).plus(List.of(new Provenance(entry.source(), null,
					null, ProvenanceKind.CURATED, supported, null, List.of())), StoredProvenance.CURATION);
			if (existing.isEmpty()) {
				var properties = new LinkedHashMap<String, Object>(values);
				properties.values().removeIf(Objects::isNull);
				properties.put("key", key);
				properties.put(GraphNode.VERSION, 1L);
				properties.put(GraphNode.RETIRED, event.cancelled());
				properties.put("origin", StoredProvenance.CURATION);
				properties.putAll(provenance.properties());
				tx.run(CREATE, Map.of("properties", properties)).consume();
				if (event.cancelled()) {
					tx.run(RETIRE_LABEL, Map.of("key", key)).consume();
				}
				SupportNodes.ofNode(tx, NodeLabel.EVENT, key, 0, provenance);
				var added = new ArrayList<ChangeLog.RelationshipState>();
				link(tx, key, NodeLabel.FORUM, forumKey, "MEETING_OF", entry).ifPresent(added::add);
				if (event.recurrenceId() != null && masters.containsKey(event.uid())) {
					link(tx, key, NodeLabel.EVENT, masters.get(event.uid()), "PART_OF", entry).ifPresent(added::add);
				}
				ChangeLog.record(tx, new ChangeLog.Entry(ChangeOperation.CREATED, NodeLabel.EVENT, key, 1L,
						file.importedBy(), file.comment(), file.correlationId(), null, properties, added, List.of()));
				if (event.cancelled()) {
					cancelled++;
				}
				else {
					created++;
				}
				continue;
			}
			var current = existing.get();
			boolean sameValues = MANAGED.stream().allMatch((name) -> Objects.equals(current.properties().get(name), values.get(name)));
			boolean sameState = current.retired() == event.cancelled();
			var added = new ArrayList<ChangeLog.RelationshipState>();
			link(tx, key, NodeLabel.FORUM, forumKey, "MEETING_OF", entry).ifPresent(added::add);
			if (sameValues && sameState && added.isEmpty()) {
				unchanged++;
				continue;
			}
			var properties = new LinkedHashMap<String, Object>(current.properties());
			var before = StoredProvenance.of(current.properties());
			if (!sameValues) {
				MANAGED.forEach((name) -> {
					if (values.get(name) == null) {
						properties.remove(name);
					}
					else {
						properties.put(name, values.get(name));
					}
				});
				properties.putAll(provenance.properties());
			}
			long version = current.version() + 1;
			properties.put(GraphNode.VERSION, version);
			properties.put(GraphNode.RETIRED, event.cancelled());
			if (!sameValues && !StoredProvenance.CURATION.equals(current.properties().get("origin"))) {
				// An event of the dataset: what the import set is the curators' now, so a reload keeps it.
				keepFromReloads(tx, key, current, values, properties);
			}
			tx.run(UPDATE, Map.of("key", key, "properties", properties)).consume();
			tx.run(event.cancelled() ? RETIRE_LABEL : RESTORE_LABEL, Map.of("key", key)).consume();
			if (!sameValues) {
				SupportNodes.ofNode(tx, NodeLabel.EVENT, key, before.entries().size(), provenance);
			}
			var operation = sameState ? ChangeOperation.UPDATED
					: (event.cancelled() ? ChangeOperation.RETIRED : ChangeOperation.RESTORED);
			ChangeLog.record(tx, new ChangeLog.Entry(operation, NodeLabel.EVENT, key, version, file.importedBy(),
					file.comment(), file.correlationId(), current.properties(), properties, added, List.of()));
			if (!sameState && event.cancelled()) {
				cancelled++;
			}
			else {
				updated++;
			}
		}
		return new Result(created, updated, cancelled, unchanged, sourceKey);
	}

	private static void keepFromReloads(TransactionContext tx, String key, GraphNode current, Map<String, Object> values,
			Map<String, Object> properties) {
		var curated = new java.util.LinkedHashSet<String>();
		if (current.properties().get("curatedProperties") instanceof List<?> list) {
			list.forEach((name) -> curated.add(name.toString()));
		}
		var datasetValues = new HashMap<String, Object>();
		for (String name : MANAGED) {
			if (!Objects.equals(current.properties().get(name), values.get(name)) && curated.add(name)) {
				datasetValues.put(name, current.properties().get(name));
			}
		}
		tx.run(DATASET_STATE, Map.of("key", key, "values", datasetValues)).consume();
		properties.put("curatedProperties", List.copyOf(curated));
	}

	/** The event this one is: by its UID, or (a UID of the graph's own feeds) by the key it was made from. */
	private static Optional<GraphNode> find(TransactionContext tx, Event event) {
		var parameters = new HashMap<String, Object>();
		parameters.put("uid", event.uid());
		parameters.put("recurrenceId", event.recurrenceId());
		var byUid = tx.run(FIND_BY_UID, parameters)
			.list((r) -> Map.entry(GraphNode.of(r.get("e")), r.get("recurrenceId").asString("")))
			.stream()
			.filter((e) -> e.getValue().equals(Objects.toString(event.recurrenceId(), "")))
			.map(Map.Entry::getKey)
			.findFirst();
		if (byUid.isPresent() || event.recurrenceId() != null) {
			return byUid;
		}
		var key = CalendarTexts.keyOfOwnUid(event.uid());
		if (key == null) {
			return Optional.empty();
		}
		return tx.run(FIND_BY_KEY, Map.of("key", key)).list((r) -> GraphNode.of(r.get("e"))).stream().findFirst();
	}

	/** The values the file gives, as stored (with the precision of each time). */
	private static Map<String, Object> values(Event event) {
		var values = new LinkedHashMap<String, Object>();
		values.put("name", event.name());
		values.put("kind", "MEETING");
		values.put("start", event.start());
		values.put("startPrecision", FactRules.eventTimePrecision(event.start(), event.timeZone()));
		values.put("end", event.end());
		values.put("endPrecision", (event.end() != null) ? FactRules.eventTimePrecision(event.end(), event.timeZone()) : null);
		values.put("timeZone", event.timeZone());
		values.put("venue", event.venue());
		values.put("description", event.description());
		values.put("url", event.url());
		values.put(EventUid.PROPERTY, event.uid());
		values.put("rrule", event.rrule());
		values.put("rdates", event.rdates().isEmpty() ? null : event.rdates());
		values.put("exdates", event.exdates().isEmpty() ? null : event.exdates());
		values.put("recurrenceId", event.recurrenceId());
		return values;
	}

	private static Optional<ChangeLog.RelationshipState> link(TransactionContext tx, String from, NodeLabel toLabel,
			String to, String type, Provenance entry) {
		var provenance = new StoredProvenance(List.of(), List.of()).plus(List.of(entry), StoredProvenance.CURATION);
		var properties = new LinkedHashMap<String, Object>(provenance.properties());
		properties.put("origin", StoredProvenance.CURATION);
		var created = tx.run(LINK, Map.of("from", from, "toLabel", toLabel.label(), "to", to, "type", type, "properties",
				properties)).list((r) -> r.get("r").asMap());
		if (created.isEmpty()) {
			return Optional.empty();
		}
		SupportNodes.ofRelationship(tx, type, NodeLabel.EVENT, from, toLabel, to, 0, provenance);
		return Optional.of(new ChangeLog.RelationshipState(type, NodeLabel.EVENT, from, toLabel, to, created.getFirst()));
	}

	/** The SHA-256 of a file's text, as lower-case hex. */
	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is a standard algorithm", ex);
		}
	}

}
