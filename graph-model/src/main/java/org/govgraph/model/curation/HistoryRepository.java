package org.govgraph.model.curation;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphNode.Provenance;
import org.govgraph.model.graph.Link;
import org.govgraph.model.graph.Page;
import org.govgraph.model.graph.Traversal;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.PropertyType;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * An entity's past, read from the change log: its revisions, newest first, and the entity as
 * it was at a moment (its values, and its relationships then). The entity at moment T is the
 * {@code BEFORE} snapshot of its first change after T, or, when nothing has changed since T,
 * the entity as it is; its relationships at T are today's, with the relationships added after T
 * taken away and those removed after T put back.
 */
@Repository
public class HistoryRepository {

	private static final String HISTORY = """
			MATCH (ch:Change {label: $label, key: $key})
			WITH count(ch) AS total
			CALL (total) {
			  MATCH (ch:Change {label: $label, key: $key})
			  WHERE $before IS NULL OR ch.sequence < $before
			  WITH ch ORDER BY ch.sequence DESC LIMIT $limit
			  OPTIONAL MATCH (ch)-[:BEFORE]->(b:Snapshot)
			  OPTIONAL MATCH (ch)-[:AFTER]->(a:Snapshot)
			  CALL (ch) {
			    OPTIONAL MATCH (ch)-[:ADDED]->(r:RelationshipSnapshot)
			    RETURN collect(properties(r)) AS added
			  }
			  CALL (ch) {
			    OPTIONAL MATCH (ch)-[:REMOVED]->(r:RelationshipSnapshot)
			    RETURN collect(properties(r)) AS removed
			  }
			  RETURN collect({change: properties(ch), before: properties(b), after: properties(a), added: added,
			                  removed: removed}) AS page
			}
			RETURN total, page
			""";

	private static final String FIRST_CHANGE_AFTER = """
			UNWIND $keys AS key
			CALL (key) {
			  MATCH (ch:Change {label: $label, key: key})
			  WHERE ch.at > $at
			  WITH ch ORDER BY ch.sequence LIMIT 1
			  OPTIONAL MATCH (ch)-[:BEFORE]->(b:Snapshot)
			  RETURN ch.operation AS operation, properties(b) AS before
			}
			RETURN key, operation, before
			""";

	private static final String CURRENT = """
			UNWIND $keys AS key
			MATCH (n:$($label) {key: key})
			RETURN key, n
			""";

	private static final String CURRENT_RELATIONSHIPS = """
			UNWIND $keys AS key
			MATCH (p:$($label) {key: key})-[r]-(o)
			WHERE (type(r) IN $outgoing AND startNode(r) = p) OR (type(r) IN $incoming AND endNode(r) = p)
			RETURN key, type(r) AS type, startNode(r) = p AS outgoing, properties(r) AS r,
			       [l IN labels(o) WHERE l <> 'Retired'][0] AS otherLabel, o.key AS otherKey
			""";

	private static final String RELATIONSHIP_CHANGES_AFTER = """
			UNWIND $keys AS key
			CALL (key) {
			  MATCH (r:RelationshipSnapshot {fromLabel: $label, fromKey: key})<-[x:ADDED|REMOVED]-(ch:Change)
			  WHERE ch.at > $at AND r.type IN $outgoing
			  RETURN ch.sequence AS sequence, type(x) AS change, properties(r) AS r, true AS outgoing
			  UNION
			  MATCH (r:RelationshipSnapshot {toLabel: $label, toKey: key})<-[x:ADDED|REMOVED]-(ch:Change)
			  WHERE ch.at > $at AND r.type IN $incoming
			  RETURN ch.sequence AS sequence, type(x) AS change, properties(r) AS r, false AS outgoing
			}
			RETURN key, sequence, change, r, outgoing
			ORDER BY sequence DESC
			""";

	/** What one revision records: the change, the entity before and after, the relationships it added and removed. */
	public record Revision(long sequence, ZonedDateTime at, String by, ChangeOperation operation, long version,
			String comment, NodeLabel label, String key, Map<String, Object> before, Map<String, Object> after,
			List<Map<String, Object>> added, List<Map<String, Object>> removed) {

		/** What changed: each value whose value or provenance differs, then each relationship added or removed. */
		public List<FieldChange> changes() {
			var changes = new ArrayList<FieldChange>();
			var beforeNode = (this.before != null) ? new GraphNode(this.label, this.key, this.before) : null;
			var afterNode = (this.after != null) ? new GraphNode(this.label, this.key, this.after) : null;
			var beforeSupport = support(beforeNode);
			var afterSupport = support(afterNode);
			var names = new java.util.TreeSet<String>();
			for (String name : this.label.properties()) {
				names.add(PropertyType.storedName(name));
			}
			names.add(GraphNode.RETIRED);
			for (String name : names) {
				Object was = value(this.before, name);
				Object is = value(this.after, name);
				var provenanceBefore = beforeSupport.getOrDefault(name, List.of());
				var provenanceAfter = afterSupport.getOrDefault(name, List.of());
				if (name.equals(GraphNode.RETIRED) && this.before == null) {
					continue;
				}
				// An entry that still supports the value but no longer others is the same support.
				if (!Objects.equals(was, is) || !sources(provenanceBefore).equals(sources(provenanceAfter))) {
					changes.add(new FieldChange(name, FieldChange.Kind.VALUE, text(was), text(is), provenanceBefore,
							provenanceAfter, null, null, false, Map.of()));
				}
			}
			for (var relationship : this.added) {
				changes.add(relationshipChange(FieldChange.Kind.ADDED, relationship));
			}
			for (var relationship : this.removed) {
				changes.add(relationshipChange(FieldChange.Kind.REMOVED, relationship));
			}
			return changes;
		}

		private FieldChange relationshipChange(FieldChange.Kind kind, Map<String, Object> relationship) {
			boolean outgoing = this.key.equals(relationship.get("fromKey"))
					&& this.label.label().equals(relationship.get("fromLabel"));
			var otherLabel = NodeLabel.ofLabel(relationship.get(outgoing ? "toLabel" : "fromLabel").toString()).orElseThrow();
			var otherKey = relationship.get(outgoing ? "toKey" : "fromKey").toString();
			var provenance = Provenance.fromProperties(relationship);
			return new FieldChange(relationship.get("type").toString(), kind, null, null,
					(kind == FieldChange.Kind.REMOVED) ? provenance : List.of(),
					(kind == FieldChange.Kind.ADDED) ? provenance : List.of(), otherLabel, otherKey, outgoing,
					relationshipProperties(relationship));
		}

		private static List<List<Object>> sources(List<Provenance> entries) {
			return entries.stream()
				.map((p) -> java.util.Arrays.<Object>asList(p.source(), p.locator(), p.quote(), p.kind(), p.rule(),
						p.derivedFrom()))
				.toList();
		}

		private static Map<String, List<Provenance>> support(GraphNode node) {
			var result = new HashMap<String, List<Provenance>>();
			if (node != null) {
				for (Provenance entry : node.provenance()) {
					for (String property : entry.supports()) {
						result.computeIfAbsent(property, (p) -> new ArrayList<>()).add(entry);
					}
				}
			}
			return result;
		}

		private static Object value(Map<String, Object> properties, String name) {
			if (properties == null) {
				return null;
			}
			var value = properties.get(name);
			return (name.equals(GraphNode.RETIRED) && value == null) ? Boolean.FALSE : value;
		}

	}

	/**
	 * One changed value or relationship of a revision.
	 *
	 * @param field the property, or the relationship type
	 * @param before the value before, as text; null when it had none (and for a relationship)
	 * @param after the value after, as text; null when it has none
	 * @param targetLabel for a relationship, the label of the entity at its other end
	 * @param relationshipProperties for a relationship, its own properties (e.g. {@code pinpoint})
	 */
	public record FieldChange(String field, Kind kind, String before, String after, List<Provenance> provenanceBefore,
			List<Provenance> provenanceAfter, NodeLabel targetLabel, String targetKey, boolean outgoing,
			Map<String, Object> relationshipProperties) {

		/** A value, or a relationship added or removed. */
		public enum Kind {

			VALUE, ADDED, REMOVED

		}

	}


	private static final Set<String> BOOKKEEPING = Set.of("type", "fromLabel", "fromKey", "toLabel", "toKey", "origin");

	private final Neo4jClient client;

	public HistoryRepository(Neo4jClient client) {
		this.client = client;
	}

	/** An entity's revisions, newest first, before a sequence number (null for the newest). */
	public Page<Revision> history(NodeLabel label, String key, Long beforeSequence, int first) {
		return this.client.query(HISTORY)
			.bindAll(parameters("label", label.label(), "key", key, "before", beforeSequence, "limit", (long) first + 1))
			.fetchAs(Page.class)
			.mappedBy((types, record) -> {
				var rows = record.get("page").asList((v) -> v);
				var items = new ArrayList<Page.Item<Revision>>();
				for (int i = 0; i < Math.min(first, rows.size()); i++) {
					var revision = revision(label, key, rows.get(i));
					items.add(new Page.Item<>(revision, revision.sequence(), Long.toString(revision.sequence())));
				}
				return new Page<>(items, rows.size() > first, record.get("total").asLong());
			})
			.one()
			.map((page) -> (Page<Revision>) page)
			.orElseThrow();
	}

	private static Revision revision(NodeLabel label, String key, Value row) {
		var change = row.get("change");
		return new Revision(change.get("sequence").asLong(), change.get("at").asZonedDateTime(), change.get("by").asString(),
				ChangeOperation.valueOf(change.get("operation").asString()), change.get("version").asLong(),
				change.get("comment").asString(null), label, key, mapOrNull(row.get("before")), mapOrNull(row.get("after")),
				row.get("added").asList(Value::asMap), row.get("removed").asList(Value::asMap));
	}

	/** The entities with these keys as they were at {@code at}; a key is missing when its entity did not exist then. */
	public Map<String, GraphNode> asOf(NodeLabel label, Collection<String> keys, ZonedDateTime at) {
		var result = new LinkedHashMap<String, GraphNode>();
		// A key without a change after the moment is as it is now (or did not exist, if it does not now).
		var unchanged = new ArrayList<String>(keys);
		this.client.query(FIRST_CHANGE_AFTER)
			.bindAll(parameters("label", label.label(), "keys", List.copyOf(keys), "at", at))
			.fetch()
			.all()
			.forEach((row) -> {
				var key = row.get("key").toString();
				var operation = row.get("operation");
				unchanged.remove(key);
				if (!ChangeOperation.CREATED.name().equals(operation) && row.get("before") instanceof Map<?, ?> before) {
					@SuppressWarnings("unchecked")
					var properties = (Map<String, Object>) before;
					result.put(key, new GraphNode(label, key, properties));
				}
			});
		if (!unchanged.isEmpty()) {
			this.client.query(CURRENT)
				.bindAll(parameters("label", label.label(), "keys", unchanged))
				.fetchAs(GraphNode.class)
				.mappedBy((types, record) -> GraphNode.of(record.get("n")))
				.all()
				.forEach((node) -> result.put(node.key(), node));
		}
		var ordered = new LinkedHashMap<String, GraphNode>();
		keys.forEach((k) -> {
			if (result.containsKey(k)) {
				ordered.put(k, result.get(k));
			}
		});
		return ordered;
	}

	/**
	 * For each of the given entities, the relationships the traversal follows as they were at
	 * {@code at}, with the entity at the other end as it was then (left out when it did not exist
	 * or was retired then, unless {@code includeRetired}).
	 */
	public Map<String, List<Link>> relatedAsOf(NodeLabel label, Collection<String> keys, Traversal traversal,
			ZonedDateTime at, boolean includeRetired) {
		record Rel(String type, boolean outgoing, NodeLabel otherLabel, String otherKey) {
		}
		var state = new HashMap<String, Map<Rel, Map<String, Object>>>();
		keys.forEach((k) -> state.put(k, new LinkedHashMap<>()));
		var base = parameters("label", label.label(), "keys", List.copyOf(keys), "outgoing", traversal.outgoingNames(),
				"incoming", traversal.incomingNames(), "at", at);
		this.client.query(CURRENT_RELATIONSHIPS).bindAll(base).fetch().all().forEach((row) -> {
			var other = NodeLabel.ofLabel(row.get("otherLabel").toString());
			if (other.isPresent()) {
				@SuppressWarnings("unchecked")
				var properties = (Map<String, Object>) row.get("r");
				state.get(row.get("key").toString())
					.put(new Rel(row.get("type").toString(), (Boolean) row.get("outgoing"), other.get(),
							row.get("otherKey").toString()), properties);
			}
		});
		this.client.query(RELATIONSHIP_CHANGES_AFTER).bindAll(base).fetch().all().forEach((row) -> {
			@SuppressWarnings("unchecked")
			var snapshot = (Map<String, Object>) row.get("r");
			boolean outgoing = (Boolean) row.get("outgoing");
			var otherLabel = NodeLabel.ofLabel(snapshot.get(outgoing ? "toLabel" : "fromLabel").toString()).orElseThrow();
			var rel = new Rel(snapshot.get("type").toString(), outgoing, otherLabel,
					snapshot.get(outgoing ? "toKey" : "fromKey").toString());
			var relationships = state.get(row.get("key").toString());
			if ("ADDED".equals(row.get("change"))) {
				relationships.remove(rel);
			}
			else {
				var properties = new LinkedHashMap<>(snapshot);
				properties.keySet().removeAll(Set.of("type", "fromLabel", "fromKey", "toLabel", "toKey"));
				relationships.put(rel, properties);
			}
		});
		var wanted = new HashMap<NodeLabel, List<String>>();
		state.values().forEach((relationships) -> relationships.keySet().forEach((rel) -> {
			if (traversal.targets().isEmpty() || traversal.targets().contains(rel.otherLabel())) {
				wanted.computeIfAbsent(rel.otherLabel(), (l) -> new ArrayList<>()).add(rel.otherKey());
			}
		}));
		var others = new HashMap<NodeLabel, Map<String, GraphNode>>();
		wanted.forEach((otherLabel, otherKeys) -> others.put(otherLabel, asOf(otherLabel, otherKeys.stream().distinct().toList(), at)));
		var result = new LinkedHashMap<String, List<Link>>();
		for (String key : keys) {
			var links = new ArrayList<Link>();
			state.get(key).forEach((rel, properties) -> {
				var other = others.getOrDefault(rel.otherLabel(), Map.of()).get(rel.otherKey());
				if (other != null && (includeRetired || !other.retired())) {
					links.add(new Link(other, rel.type(), rel.outgoing(), properties));
				}
			});
			links.sort(java.util.Comparator.comparing(Link::type).thenComparing((l) -> l.node().key()));
			result.put(key, links);
		}
		return result;
	}

	private static Map<String, Object> relationshipProperties(Map<String, Object> relationship) {
		var result = new TreeMap<String, Object>();
		relationship.forEach((name, value) -> {
			if (!BOOKKEEPING.contains(name) && !name.startsWith("provenance")) {
				result.put(name, value);
			}
		});
		return result;
	}

	private static Map<String, Object> mapOrNull(Value value) {
		return value.isNull() ? null : value.asMap();
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(Object::toString).toList());
		}
		return value.toString();
	}

	private static Map<String, Object> parameters(Object... pairs) {
		var result = new HashMap<String, Object>();
		for (int i = 0; i < pairs.length; i += 2) {
			result.put((String) pairs[i], pairs[i + 1]);
		}
		return result;
	}

}
