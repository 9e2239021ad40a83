package org.govgraph.clients.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.govgraph.clients.load.Json;
import org.govgraph.clients.load.ValidQueries;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;

/**
 * The canonical questions, made concrete from the graph at hand: the instrument with the most paragraphs, the role
 * defined by the most paragraphs, the most cited instrument, the forum with the most events, and so on, found by
 * floor queries at the start, so the same benchmark runs on the curated dataset and on synthetic graphs. Each
 * floor statement asks what the API's repository asks (live nodes only, the same order and page size), written as
 * one would by hand.
 */
final class CanonicalQueries {

	/** Every query, in the order they run and are reported. */
	static final List<String> NAMES = List.of("node", "instrument-paragraphs", "role-references", "search", "cited-by",
			"path", "events-page", "timeline", "nodes-50", "nested");

	/** Page size of every paged query, on both sides. */
	static final int PAGE = 20;

	/** The deepest page of {@code events-page}. */
	static final int DEEPEST_PAGE = 50;

	/** The word searched for: the curated dataset, loaded at every size, always has it. */
	static final String SEARCH = "multistakeholder";

	/** Sorts after every date and key, as the API's repository puts items without one last. */
	static final String LAST = "\uffff";

	/** The labels of the entities paths go through (the API's node kinds). */
	static final List<String> LABELS = List.of("Instrument", "Paragraph", "Forum", "StakeholderGroup", "Role", "Event",
			"Topic");

	private final Floor floor;

	private final ApiClient api;

	private CanonicalQueries(Floor floor, ApiClient api) {
		this.floor = floor;
		this.api = api;
	}

	/** The queries asked for, made concrete from the graph; paging {@code events-page} asks both sides. */
	static List<CanonicalQuery> discover(Floor floor, ApiClient api, List<String> names)
			throws IOException, InterruptedException {
		var queries = new CanonicalQueries(floor, api);
		var result = new ArrayList<CanonicalQuery>();
		for (String name : names) {
			result.add(queries.make(name));
		}
		return result;
	}

	private CanonicalQuery make(String name) throws IOException, InterruptedException {
		return switch (name) {
			case "node" -> node();
			case "instrument-paragraphs" -> instrumentParagraphs();
			case "role-references" -> roleReferences();
			case "search" -> search();
			case "cited-by" -> citedBy();
			case "path" -> path();
			case "events-page" -> eventsPage();
			case "timeline" -> timeline();
			case "nodes-50" -> nodes();
			case "nested" -> nested();
			default -> throw new IllegalArgumentException("unknown query " + name);
		};
	}

	// ------------------------------------------------------------------ what the graph offers

	private String instrumentWithMostParagraphs() {
		return one("""
				MATCH (p:Paragraph) WHERE NOT p:Retired
				WITH p.instrumentKey AS key, count(*) AS paragraphs
				MATCH (i:Instrument {key: key}) WHERE NOT i:Retired
				RETURN key ORDER BY paragraphs DESC, key LIMIT 1""", Map.of());
	}

	private String mostCitedInstrument() {
		return one("""
				MATCH (s)-[:CITES]->(t) WHERE NOT s:Retired AND NOT t:Retired
				WITH coalesce(t.instrumentKey, t.key) AS key, count(*) AS citations
				MATCH (i:Instrument {key: key}) WHERE NOT i:Retired
				RETURN key ORDER BY citations DESC, key LIMIT 1""", Map.of());
	}

	private String one(String cypher, Map<String, Object> parameters) {
		var records = this.floor.read(cypher, parameters);
		if (records.isEmpty()) {
			throw new IllegalStateException("the graph has nothing for: " + cypher);
		}
		return records.getFirst().get(0).asString();
	}

	// ------------------------------------------------------------------ the queries

	private CanonicalQuery node() {
		String key = instrumentWithMostParagraphs();
		return new CanonicalQuery("node", "`node(id:)` of the instrument `" + key + "`",
				"query Node { node(id: " + lit(ValidQueries.globalId("Instrument", key))
						+ ") { id __typename ... on Instrument { key title kind date { value precision } } } }",
				"MATCH (n:Instrument {key: $key}) RETURN n.key AS key, n.title AS title, n.kind AS kind, n.date AS date",
				Map.of("key", key), 1, (data) -> {
					JsonNode n = data.path("node");
					return n.isObject() ? new Answer(1, 1, n.path("key").asString()) : new Answer(0, 0, "");
				}, (records) -> new Answer(records.size(), records.size(), firstString(records, "key")));
	}

	private CanonicalQuery instrumentParagraphs() {
		String key = instrumentWithMostParagraphs();
		return new CanonicalQuery("instrument-paragraphs", "`instrument(key: \"" + key + "\")` with `paragraphs(first: " + PAGE + ")`",
				"query InstrumentParagraphs { instrument(key: " + lit(key) + ") { key title paragraphs(first: " + PAGE
						+ ") { totalCount edges { node { key eId label text } } } } }",
				"""
						MATCH (i:Instrument {key: $key})
						CALL (i) { MATCH (p:Paragraph {instrumentKey: i.key}) WHERE NOT p:Retired RETURN count(p) AS total }
						CALL (i) {
						  MATCH (p:Paragraph {instrumentKey: i.key}) WHERE NOT p:Retired
						  WITH p ORDER BY p.documentOrder, p.key LIMIT $first
						  RETURN collect(p {.key, .eId, .label, .text}) AS paragraphs
						}
						RETURN i.key AS key, i.title AS title, total, paragraphs""",
				Map.of("key", key, "first", PAGE), 1,
				(data) -> connection(data.path("instrument").path("paragraphs"), (n) -> n.path("key").asString()),
				(records) -> totalAndList(records, "total", "paragraphs"));
	}

	private CanonicalQuery roleReferences() {
		String role = one("""
				MATCH (p:Paragraph)-[:DEFINES_ROLE]->(r:Role) WHERE NOT p:Retired AND NOT r:Retired
				WITH r, count(*) AS paragraphs
				RETURN r.key ORDER BY paragraphs DESC, r.key LIMIT 1""", Map.of());
		return new CanonicalQuery("role-references", "`instrumentsReferencingRole` of the role `" + role + "`",
				"query RoleReferences { instrumentsReferencingRole(role: " + lit(ValidQueries.globalId("Role", role))
						+ ", first: " + PAGE + ") { totalCount edges { node { key title } paragraphs { key eId } } } }",
				"""
						MATCH (p:Paragraph)-[:DEFINES_ROLE]->(:Role {key: $role}) WHERE NOT p:Retired
						MATCH (n:Instrument {key: p.instrumentKey}) WHERE NOT n:Retired
						WITH n, p ORDER BY p.documentOrder
						WITH n, collect(p {.key, .eId}) AS paragraphs
						ORDER BY coalesce(n.date, $last), n.key
						WITH collect({key: n.key, title: n.title, paragraphs: paragraphs}) AS rows
						RETURN size(rows) AS total, rows[0..$first] AS page""",
				Map.of("role", role, "first", PAGE, "last", LAST), 1,
				(data) -> connection(data.path("instrumentsReferencingRole"), (n) -> n.path("key").asString()),
				(records) -> totalAndList(records, "total", "page"));
	}

	private CanonicalQuery search() {
		return new CanonicalQuery("search", "`search(query: \"" + SEARCH + "\", first: " + PAGE + ")`",
				"query Search { search(query: " + lit(SEARCH) + ", first: " + PAGE
						+ ") { totalCount edges { score node { id __typename } } } }",
				"""
						CALL db.index.fulltext.queryNodes('governance_text', $query) YIELD node, score
						WHERE NOT node:Retired
						WITH node, score ORDER BY score DESC, node.key
						WITH collect({key: node.key, labels: labels(node), score: score}) AS rows
						RETURN size(rows) AS total, rows[0..$first] AS page""",
				Map.of("query", "+" + SEARCH, "first", PAGE), 1,
				(data) -> connection(data.path("search"), (n) -> keyOf(n.path("id").asString())),
				(records) -> totalAndList(records, "total", "page"));
	}

	private CanonicalQuery citedBy() {
		String key = mostCitedInstrument();
		return new CanonicalQuery("cited-by", "`citedBy(depth: 2)` of the instrument `" + key + "` (its paragraphs included)",
				"query CitedBy { instrument(key: " + lit(key)
						+ ") { key citedBy(depth: 2) { depth pinpoint source { id } target { id } } } }",
				"""
						MATCH (whole:Instrument {key: $key})
						CALL (whole) {
						  RETURN whole AS t
						  UNION
						  MATCH (t:Paragraph {instrumentKey: whole.key}) WHERE NOT t:Retired
						  RETURN t
						}
						MATCH path = (s)-[:CITES*1..2]->(t)
						WHERE s <> whole AND coalesce(s.instrumentKey, '') <> whole.key
						  AND none(x IN nodes(path)[..-1] WHERE x:Retired)
						WITH s, length(path) AS depth, relationships(path)[0] AS first
						WITH s, min(depth) AS nearest, collect({depth: depth, first: first}) AS found
						UNWIND [f IN found WHERE f.depth = nearest] AS f
						WITH DISTINCT s, nearest, f.first AS first
						RETURN s.key AS source, endNode(first).key AS target, nearest AS depth, first.pinpoint AS pinpoint
						ORDER BY depth, source, target, coalesce(pinpoint, '')""",
				Map.of("key", key), 1, (data) -> {
					JsonNode list = data.path("instrument").path("citedBy");
					return new Answer(list.size(), list.size(),
							list.isEmpty() ? "" : keyOf(list.get(0).path("source").path("id").asString()));
				}, (records) -> new Answer(records.size(), records.size(), firstString(records, "source")));
	}

	private static final String SHORTEST_PATH = """
			MATCH (a:Instrument {key: $from}), (b:Instrument {key: $to})
			WHERE NOT a:Retired AND NOT b:Retired
			MATCH path = shortestPath((a)-[*..4]-(b))
			WHERE all(n IN nodes(path) WHERE NOT n:Retired AND any(l IN labels(n) WHERE l IN $labels))
			RETURN [n IN nodes(path) | n.key] AS nodes, [r IN relationships(path) | type(r)] AS hops""";

	private CanonicalQuery path() {
		// From the instrument that (through its paragraphs) cites the most, so a path leaves it.
		String from = one("""
				MATCH (s)-[:CITES]->(t) WHERE NOT s:Retired AND NOT t:Retired
				WITH coalesce(s.instrumentKey, s.key) AS key, coalesce(t.instrumentKey, t.key) AS cited
				WHERE key <> cited
				WITH key, count(*) AS citations
				MATCH (i:Instrument {key: key}) WHERE NOT i:Retired
				RETURN key ORDER BY citations DESC, key LIMIT 1""", Map.of());
		String to = mostCitedInstrument();
		var parameters = new HashMap<String, Object>(Map.of("from", from, "to", to, "labels", LABELS));
		if (from.equals(to) || this.floor.read(SHORTEST_PATH, parameters).isEmpty()) {
			// The farthest instrument within four hops instead (two at least: its paragraph cites one).
			to = one("""
					MATCH (a:Instrument {key: $from})
					MATCH path = (a)-[*2..4]-(b:Instrument)
					WHERE b <> a AND all(n IN nodes(path) WHERE NOT n:Retired AND any(l IN labels(n) WHERE l IN $labels))
					RETURN b.key ORDER BY length(path) DESC, b.key LIMIT 1""", Map.of("from", from, "labels", LABELS));
			parameters.put("to", to);
		}
		return new CanonicalQuery("path", "`path` from the instrument `" + from + "` (the one citing most) to `" + to + "`",
				"query Path { path(from: " + lit(ValidQueries.globalId("Instrument", from)) + ", to: "
						+ lit(ValidQueries.globalId("Instrument", to))
						+ ") { length nodes { id } hops { relationship direction } } }",
				SHORTEST_PATH, Map.copyOf(parameters), 1, (data) -> {
					JsonNode path = data.path("path");
					JsonNode nodes = path.path("nodes");
					return path.isObject() ? new Answer(path.path("length").asLong(), nodes.size(),
							nodes.isEmpty() ? "" : keyOf(nodes.get(0).path("id").asString())) : new Answer(0, 0, "");
				}, (records) -> {
					if (records.isEmpty()) {
						return new Answer(0, 0, "");
					}
					List<String> nodes = records.getFirst().get("nodes").asList(Value::asString);
					return new Answer(nodes.size() - 1, nodes.size(), nodes.getFirst());
				});
	}

	private static final String EVENTS_PAGE = """
			MATCH (f:Forum) WHERE f.key = $forum OR f.acronym = $forum
			MATCH via = (n:Event)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(:Forum)-[:PART_OF*0..]->(f)
			WHERE none(x IN nodes(via) WHERE x:Retired)
			  AND coalesce(n.end, n.start) + $last >= $from AND n.start <= $to + $last
			WITH DISTINCT n ORDER BY n.start, n.key
			WITH collect(n {.key, .name, .start}) AS rows
			RETURN size(rows) AS total,
			       [r IN rows WHERE $afterKey IS NULL OR r.start > $afterStart
			                     OR (r.start = $afterStart AND r.key > $afterKey)][0..$first] AS page""";

	private CanonicalQuery eventsPage() throws IOException, InterruptedException {
		var forum = this.floor.read("""
				MATCH (e:Event)-[:MEETING_OF|CONVENED_BY]->(:Forum)-[:PART_OF*0..]->(f:Forum)
				WHERE NOT e:Retired AND NOT f:Retired AND e.start IS NOT NULL
				WITH f, count(DISTINCT e) AS events, min(e.start) AS first, max(coalesce(e.end, e.start)) AS last
				RETURN f.key AS key, substring(first, 0, 4) AS from, substring(last, 0, 4) AS to
				ORDER BY events DESC, key LIMIT 1""", Map.of()).getFirst();
		String key = forum.get("key").asString();
		String from = forum.get("from").asString();
		String to = forum.get("to").asString();
		String filter = "filter: {forum: " + lit(key) + ", from: " + lit(from) + ", to: " + lit(to) + "}";
		// The API's pages, following its cursors, as deep as DEEPEST_PAGE or the last page.
		String cursor = null;
		int apiPage = 1;
		while (true) {
			JsonNode events = this.api.data(eventsDocument(filter, cursor)).path("events");
			JsonNode pageInfo = events.path("pageInfo");
			if (apiPage == DEEPEST_PAGE || !pageInfo.path("hasNextPage").asBoolean()) {
				break;
			}
			cursor = pageInfo.path("endCursor").asString();
			apiPage++;
		}
		// The floor's pages, by keyset: each after the start and key of the previous page's last event.
		var parameters = new HashMap<String, Object>(Map.of("forum", key, "from", from, "to", to, "last", LAST, "first",
				PAGE));
		parameters.put("afterKey", null);
		parameters.put("afterStart", null);
		int floorPage = 1;
		while (floorPage < apiPage) {
			List<Value> page = this.floor.read(EVENTS_PAGE, parameters).getFirst().get("page").asList((v) -> v);
			if (page.isEmpty()) {
				break;
			}
			Value lastRow = page.getLast();
			parameters.put("afterKey", lastRow.get("key").asString());
			parameters.put("afterStart", lastRow.get("start").asString());
			floorPage++;
		}
		String reached = reached(apiPage);
		return new CanonicalQuery("events-page", "`events(" + filter + ", first: " + PAGE
				+ ")`, " + reached + ", by cursor", eventsDocument(filter, cursor), EVENTS_PAGE, mapWithNulls(parameters), 1,
				(data) -> connection(data.path("events"), (n) -> n.path("key").asString()),
				(records) -> totalAndList(records, "total", "page"));
	}

	/** Which page {@code events-page} asks for: page 50, or the last when there are fewer. */
	static String reached(int page) {
		return (page == DEEPEST_PAGE) ? "page " + DEEPEST_PAGE
				: "page " + page + ", the last (at " + PAGE + " a page there " + (page == 1 ? "is 1 page" : "are " + page + " pages")
						+ ", not " + DEEPEST_PAGE + ")";
	}

	private static String eventsDocument(String filter, String after) {
		return "query EventsPage { events(" + filter + ", first: " + PAGE + (after != null ? ", after: " + lit(after) : "")
				+ ") { totalCount pageInfo { hasNextPage endCursor } edges { node { key name } } } }";
	}

	private CanonicalQuery timeline() {
		return new CanonicalQuery("timeline", "`timeline(first: " + PAGE + ")`: dated instruments and events, earliest first",
				"query Timeline { timeline(first: " + PAGE
						+ ") { totalCount edges { node { kind title date { value precision } node { id } } } } }",
				"""
						CALL () {
						  MATCH (n:Instrument) WHERE n.date IS NOT NULL AND NOT n:Retired RETURN count(n) AS entries
						  UNION ALL
						  MATCH (n:Event) WHERE n.start IS NOT NULL AND NOT n:Retired RETURN count(n) AS entries
						}
						WITH sum(entries) AS total
						CALL () {
						  MATCH (n:Instrument) WHERE n.date IS NOT NULL AND NOT n:Retired RETURN n, n.date AS date
						  UNION ALL
						  MATCH (n:Event) WHERE n.start IS NOT NULL AND NOT n:Retired RETURN n, n.start AS date
						}
						WITH total, n, date ORDER BY date, n.key LIMIT $first
						RETURN total, n.key AS key, date""",
				Map.of("first", PAGE), 1,
				(data) -> connection(data.path("timeline"), (n) -> keyOf(n.path("node").path("id").asString())),
				(records) -> new Answer(records.isEmpty() ? 0 : records.getFirst().get("total").asLong(), records.size(),
						firstString(records, "key")));
	}

	private CanonicalQuery nodes() {
		var byLabel = new LinkedHashMap<String, List<String>>();
		for (String label : LABELS) {
			byLabel.put(label, this.floor
				.read("MATCH (n:$($label)) WHERE NOT n:Retired RETURN n.key AS key ORDER BY key LIMIT 50",
						Map.of("label", label))
				.stream()
				.map((r) -> r.get("key").asString())
				.toList());
		}
		// Round robin over the kinds, 50 in all.
		var ids = new ArrayList<String>();
		var chosen = new LinkedHashMap<String, List<String>>();
		LABELS.forEach((l) -> chosen.put(l, new ArrayList<>()));
		for (int i = 0; ids.size() < 50 && i < 50; i++) {
			for (String label : LABELS) {
				List<String> keys = byLabel.get(label);
				if (ids.size() < 50 && i < keys.size()) {
					ids.add(ValidQueries.globalId(label, keys.get(i)));
					chosen.get(label).add(keys.get(i));
				}
			}
		}
		String firstKey = keyOf(ids.getFirst());
		var kinds = new StringBuilder();
		chosen.forEach((l, k) -> kinds.append(kinds.isEmpty() ? "" : ", ").append(k.size()).append(' ').append(l));
		var list = new StringBuilder();
		ids.forEach((id) -> list.append(list.isEmpty() ? "" : ", ").append(lit(id)));
		var parameters = new HashMap<String, Object>();
		chosen.forEach((label, keys) -> parameters.put(label, List.copyOf(keys)));
		return new CanonicalQuery("nodes-50", "`nodes(ids:)` with " + ids.size() + " IDs: " + kinds,
				"query Nodes { nodes(ids: [" + list + "]) { id __typename retired version } }",
				"""
						CALL () {
						  MATCH (n:Instrument) WHERE n.key IN $Instrument RETURN n
						  UNION ALL MATCH (n:Paragraph) WHERE n.key IN $Paragraph RETURN n
						  UNION ALL MATCH (n:Forum) WHERE n.key IN $Forum RETURN n
						  UNION ALL MATCH (n:StakeholderGroup) WHERE n.key IN $StakeholderGroup RETURN n
						  UNION ALL MATCH (n:Role) WHERE n.key IN $Role RETURN n
						  UNION ALL MATCH (n:Event) WHERE n.key IN $Event RETURN n
						  UNION ALL MATCH (n:Topic) WHERE n.key IN $Topic RETURN n
						}
						RETURN n.key AS key, labels(n) AS labels, n:Retired AS retired, n.version AS version""",
				Map.copyOf(parameters), 1, (data) -> {
					JsonNode nodes = data.path("nodes");
					long found = 0;
					for (JsonNode n : nodes) {
						found += n.isObject() ? 1 : 0;
					}
					return new Answer(found, found, nodes.isEmpty() || !nodes.get(0).isObject() ? ""
							: keyOf(nodes.get(0).path("id").asString()));
				}, (records) -> new Answer(records.size(), records.size(),
						records.stream().anyMatch((r) -> r.get("key").asString().equals(firstKey)) ? firstKey : ""));
	}

	private CanonicalQuery nested() {
		int events = 10;
		return new CanonicalQuery("nested", "`fora(first: " + PAGE + ")` → `events(first: " + events + ")` → `topics`",
				"query Nested { fora(first: " + PAGE + ") { totalCount edges { node { key events(first: " + events
						+ ") { totalCount edges { node { key topics { relationship topic { key } } } } } } } } }",
				"""
						CALL () { MATCH (f:Forum) WHERE NOT f:Retired RETURN count(f) AS fora }
						MATCH (f:Forum) WHERE NOT f:Retired
						WITH fora, f ORDER BY f.key LIMIT $first
						CALL (f) {
						  OPTIONAL MATCH via = (n:Event)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(:Forum)-[:PART_OF*0..]->(f)
						  WHERE none(x IN nodes(via)[..-1] WHERE x:Retired)
						  WITH DISTINCT n ORDER BY coalesce(n.start, $last), n.key
						  WITH collect(n) AS events
						  RETURN size(events) AS total, [e IN events[0..$events] | {key: e.key,
						    topics: [(e)-[r:RECOGNIZES|ADDRESSES]->(t:Topic) WHERE NOT t:Retired | {relationship: type(r), topic: t.key}]
						          + [(e)<-[r:DISCUSSED_AT|ADOPTED_AT]-(t:Topic) WHERE NOT t:Retired | {relationship: type(r), topic: t.key}]}] AS events
						}
						RETURN fora, f.key AS key, total, events""",
				Map.of("first", PAGE, "events", events, "last", LAST), 1, (data) -> {
					JsonNode fora = data.path("fora");
					long rows = 0;
					for (JsonNode edge : fora.path("edges")) {
						rows += edge.path("node").path("events").path("edges").size();
					}
					JsonNode edges = fora.path("edges");
					return new Answer(fora.path("totalCount").asLong(), rows,
							edges.isEmpty() ? "" : edges.get(0).path("node").path("key").asString());
				}, (records) -> new Answer(records.isEmpty() ? 0 : records.getFirst().get("fora").asLong(),
						records.stream().mapToLong((r) -> r.get("events").size()).sum(), firstString(records, "key")));
	}

	// ------------------------------------------------------------------ helpers

	/** A GraphQL string literal (JSON's escapes are GraphQL's). */
	static String lit(String value) {
		return Json.string(value);
	}

	/** The key inside a global ID: base64url of {@code Label:key}. */
	static String keyOf(String globalId) {
		String decoded = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
		return decoded.substring(decoded.indexOf(':') + 1);
	}

	/** The shape of a connection: its {@code totalCount}, its edges and the first edge's node, keyed. */
	static Answer connection(JsonNode connection, Function<JsonNode, String> key) {
		JsonNode edges = connection.path("edges");
		return new Answer(connection.path("totalCount").asLong(), edges.size(),
				edges.isEmpty() ? "" : key.apply(edges.get(0).path("node")));
	}

	private static Answer totalAndList(List<Record> records, String total, String list) {
		if (records.isEmpty()) {
			return new Answer(0, 0, "");
		}
		Record record = records.getFirst();
		Value items = record.get(list);
		return new Answer(record.get(total).asLong(), items.size(), items.isEmpty() ? "" : items.get(0).get("key").asString());
	}

	private static String firstString(List<Record> records, String field) {
		return records.isEmpty() ? "" : records.getFirst().get(field).asString("");
	}

	/** An unmodifiable copy that, unlike {@link Map#copyOf}, keeps null values (a first page's cursor). */
	private static Map<String, Object> mapWithNulls(Map<String, Object> parameters) {
		return Collections.unmodifiableMap(new HashMap<>(parameters));
	}

}
