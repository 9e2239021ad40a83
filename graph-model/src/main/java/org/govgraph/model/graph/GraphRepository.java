package org.govgraph.model.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.govgraph.model.vocabulary.NodeLabel;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of the governance graph the API makes, as parameterized Cypher. Reads run in
 * read-only transactions, so a cluster routes them to its secondaries. Lists are keyset
 * paged: a page starts after the sort value and key of the previous page's last item.
 * <p>
 * A retired node (label {@code :Retired}, {@link GraphNode#RETIRED_LABEL}) is found only by
 * identity ({@link #findByKeys}); every other read leaves it out with a label check: lists,
 * look-ups by symbol, acronym or short name, search, paths, citations, and relationships, whose
 * other end must be live (unless asked otherwise) and whose traversals (filters, "issued by",
 * the forum of an event) go through live nodes only. The node a read starts from, named by its
 * key (the parent of a relationship field, the forum of {@code Forum.events}), may itself be
 * retired: it was found by identity.
 */
@Repository
@Transactional(readOnly = true)
public class GraphRepository {

	/** Sorts after every date, title and key: puts items without a sort value last. */
	static final String LAST = "\uffff";

	private static final List<String> LABELS = java.util.Arrays.stream(NodeLabel.values()).map(NodeLabel::label).toList();

	private final Neo4jClient client;

	private final AtomicLong statements = new AtomicLong();

	public GraphRepository(Neo4jClient client) {
		this.client = client;
	}

	/** How many Cypher statements this repository has run: what the statement-count test and a metric read. */
	public long statementCount() {
		return this.statements.get();
	}

	private Neo4jClient.RunnableSpec query(String cypher) {
		this.statements.incrementAndGet();
		return this.client.query(cypher);
	}

	// ------------------------------------------------------------------ single nodes

	/** The nodes of one label with these keys, by key; unknown keys are absent. */
	public Map<String, GraphNode> findByKeys(NodeLabel label, Collection<String> keys) {
		var result = new LinkedHashMap<String, GraphNode>();
		query("""
				UNWIND $keys AS key
				MATCH (n:$($label) {key: key})
				RETURN n
				""").bind(label.label()).to("label")
			.bind(List.copyOf(keys)).to("keys")
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> node(record.get("n")))
			.all()
			.forEach((n) -> result.put(n.key(), n));
		return result;
	}

	/**
	 * Nodes of any labels by their keys, in one statement (an index seek per label, whichever
	 * labels are asked for): what {@code nodes(ids:)} reads.
	 *
	 * @return the nodes found, by label and key
	 */
	public Map<NodeLabel, Map<String, GraphNode>> findByKeys(Map<NodeLabel, ? extends Collection<String>> keys) {
		var result = new java.util.EnumMap<NodeLabel, Map<String, GraphNode>>(NodeLabel.class);
		var parameters = new LinkedHashMap<String, Object>();
		for (var label : NodeLabel.values()) {
			Collection<String> ofLabel = keys.get(label);
			parameters.put(label.label(), (ofLabel != null) ? List.copyOf(ofLabel) : List.of());
			result.put(label, new LinkedHashMap<>());
		}
		query("""
				CALL () {
				  MATCH (n:Instrument) WHERE n.key IN $Instrument RETURN n
				  UNION ALL MATCH (n:Paragraph) WHERE n.key IN $Paragraph RETURN n
				  UNION ALL MATCH (n:Forum) WHERE n.key IN $Forum RETURN n
				  UNION ALL MATCH (n:StakeholderGroup) WHERE n.key IN $StakeholderGroup RETURN n
				  UNION ALL MATCH (n:Role) WHERE n.key IN $Role RETURN n
				  UNION ALL MATCH (n:Event) WHERE n.key IN $Event RETURN n
				  UNION ALL MATCH (n:Topic) WHERE n.key IN $Topic RETURN n
				}
				RETURN n
				""").bindAll(parameters)
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> node(record.get("n")))
			.all()
			.forEach((n) -> result.get(n.label()).put(n.key(), n));
		return result;
	}

	public Optional<GraphNode> findByKey(NodeLabel label, String key) {
		return Optional.ofNullable(findByKeys(label, List.of(key)).get(key));
	}

	/** Live instruments whose symbol is exactly this one. */
	public List<GraphNode> findInstrumentsBySymbol(String symbol) {
		return List.copyOf(query("MATCH (n:Instrument {symbol: $symbol}) WHERE NOT n:Retired RETURN n ORDER BY n.key")
			.bind(symbol)
			.to("symbol")
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> node(record.get("n")))
			.all());
	}

	/**
	 * The live fora with this acronym, else the forum with this key (retired or not: a key is
	 * its identity): acronym matches first, by key.
	 */
	public List<GraphNode> findForaByAcronym(String acronym) {
		return List.copyOf(query("""
				MATCH (n:Forum) WHERE (n.acronym = $acronym AND NOT n:Retired) OR n.key = $acronym
				RETURN n ORDER BY CASE WHEN n.acronym = $acronym THEN 0 ELSE 1 END, n.key
				""").bind(acronym)
			.to("acronym")
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> node(record.get("n")))
			.all());
	}

	/**
	 * Live events whose name ends with this short name in parentheses, as the sources write it
	 * (`WTPF-13` for "5th World Telecommunication/ICT Policy Forum (WTPF-13)"), by key.
	 */
	public List<GraphNode> findEventsByShortName(String shortName) {
		return List.copyOf(query("""
				MATCH (n:Event) WHERE n.name ENDS WITH '(' + $shortName + ')' AND NOT n:Retired
				RETURN n ORDER BY n.key
				""").bind(shortName)
			.to("shortName")
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> node(record.get("n")))
			.all());
	}

	/** All live nodes of a label, by name then key. For the short lists (stakeholder groups, roles, topics). */
	public List<GraphNode> findAll(NodeLabel label) {
		return List.copyOf(query("""
				MATCH (n:$($label)) WHERE NOT n:Retired
				RETURN n ORDER BY toLower(coalesce(n.name, n.title, n.key)), n.key
				""").bind(label.label())
			.to("label")
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> node(record.get("n")))
			.all());
	}

	/** The live roles held by a stakeholder group, by name. */
	public List<GraphNode> findRolesHeldBy(String stakeholderGroupKey) {
		return List.copyOf(query("""
				MATCH (n:Role)-[:HELD_BY]->(:StakeholderGroup {key: $group}) WHERE NOT n:Retired
				RETURN n ORDER BY toLower(n.name), n.key
				""").bind(stakeholderGroupKey)
			.to("group")
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> node(record.get("n")))
			.all());
	}

	// ------------------------------------------------------------------ relationships

	/**
	 * For each of the given nodes, the relationships the traversal follows, with the node at
	 * the other end: one statement for all of them. A relationship whose other end is retired is
	 * left out unless {@code includeRetired}.
	 */
	public Map<String, List<Link>> related(NodeLabel label, Collection<String> keys, Traversal traversal,
			boolean includeRetired) {
		var result = new LinkedHashMap<String, List<Link>>();
		keys.forEach((k) -> result.put(k, new ArrayList<>()));
		query("""
				UNWIND $keys AS key
				MATCH (p:$($label) {key: key})-[r]-(o)
				WHERE ((type(r) IN $outgoing AND startNode(r) = p) OR (type(r) IN $incoming AND endNode(r) = p))
				  AND (size($targets) = 0 OR any(l IN labels(o) WHERE l IN $targets))
				  AND ($includeRetired OR NOT o:Retired)
				RETURN key, r, o, startNode(r) = p AS outgoing
				ORDER BY key, type(r), coalesce(o.date, o.start, o.position, o.name, o.title, o.key), o.key
				""").bind(label.label())
			.to("label")
			.bind(List.copyOf(keys))
			.to("keys")
			.bind(traversal.outgoingNames())
			.to("outgoing")
			.bind(traversal.incomingNames())
			.to("incoming")
			.bind(traversal.targetLabels())
			.to("targets")
			.bind(includeRetired)
			.to("includeRetired")
			.fetchAs(Object.class)
			.mappedBy((types, record) -> {
				result.get(record.get("key").asString()).add(link(record));
				return Boolean.TRUE;
			})
			.all();
		return result;
	}

	/**
	 * What cites one {@code whole} (see {@link #citedBy}), as rows {@code s} (the citing node),
	 * {@code depth}, {@code first} (the citation, its first hop), {@code citation} (that
	 * relationship's element ID) and a {@code sortValue} that puts them in the documented order:
	 * depth, source key, target key, pinpoint, joined by {@code $sep}, which sorts before every
	 * character of a key. {@code DEPTH} (1 to 3) bounds the variable-length pattern itself, so a
	 * shallow question never expands the deeper hops.
	 */
	private static final String CITING_ROWS = """
			CALL (whole) {
			  RETURN whole AS t
			  UNION
			  MATCH (t:Paragraph {instrumentKey: whole.key}) WHERE $includeParts AND NOT t:Retired
			  RETURN t
			}
			MATCH path = (s)-[:CITES*1..DEPTH]->(t)
			WHERE s <> whole AND coalesce(s.instrumentKey, '') <> whole.key
			  AND none(x IN nodes(path)[..-1] WHERE x:Retired)
			WITH s, length(path) AS depth, relationships(path)[0] AS first
			WITH s, min(depth) AS nearest, collect({depth: depth, first: first}) AS found
			UNWIND [f IN found WHERE f.depth = nearest] AS f
			WITH DISTINCT s, nearest AS depth, f.first AS first
			WITH s, depth, first, elementId(first) AS citation,
			     toString(depth) + $sep + s.key + $sep + endNode(first).key + $sep + coalesce(first.pinpoint, '') AS sortValue
			""";

	/** The statements of {@link #citedBy}, one per depth (1 to 3). */
	private static final List<String> CITED_BY = java.util.stream.IntStream.rangeClosed(1, 3)
		.mapToObj((depth) -> "UNWIND $keys AS key MATCH (whole:$($label) {key: key})\nCALL (whole) {\n"
				+ CITING_ROWS.replace("DEPTH", Integer.toString(depth)) + """
						RETURN s, depth, first, citation, sortValue
						}
						RETURN key, s, endNode(first) AS target, first, depth
						ORDER BY key, sortValue, citation
						""")
		.toList();

	/** The pages of {@link #citingPages}, one per depth (1 to 3). */
	private static final List<Paged> CITING_PAGES = java.util.stream.IntStream.rangeClosed(1, 3)
		.mapToObj((depth) -> CITING_ROWS.replace("DEPTH", Integer.toString(depth)))
		.map((rows) -> Paged.of("UNWIND $keys AS key MATCH (whole:$($label) {key: key})\n", "CALL (whole) {\n" + rows + """
				WITH s, depth, first, citation, sortValue
				WHERE $afterKey IS NULL OR sortValue > $afterValue OR (sortValue = $afterValue AND citation > $afterKey)
				WITH s, depth, first, citation, sortValue ORDER BY sortValue, citation LIMIT $limit
				RETURN collect({node: s, target: endNode(first), first: first, depth: depth, sortValue: sortValue,
				                citation: citation}) AS page
				}
				""", "whole", rows, "key, "))
		.toList();

	/** The separator of the parts of a citing reference's sort value: it sorts before every character of a key. */
	private static final String SORT_SEPARATOR = "\u0001";

	/**
	 * One page of what {@link #citedBy} finds for each of the given instruments or paragraphs,
	 * in the same order: one statement for them all, each with its own page (counted only when
	 * {@code count}). An item's key is its citation's element ID, which breaks ties.
	 */
	public Map<String, Page<CitingReference>> citingPages(NodeLabel label, Collection<String> keys, int depth,
			boolean includeParts, Page.After after, int first, boolean count) {
		var result = new LinkedHashMap<String, Page<CitingReference>>();
		var parameters = new HashMap<String, Object>();
		parameters.put("label", label.label());
		parameters.put("keys", List.copyOf(keys));
		parameters.put("includeParts", includeParts);
		parameters.put("sep", SORT_SEPARATOR);
		putKeyset(parameters, after, first);
		query(CITING_PAGES.get(depth - 1).cypher(count)).bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, record) -> result.put(record.get("key").asString(), Page.fromRows(record, first,
					(row) -> new CitingReference(node(row.get("node")), node(row.get("target")), row.get("depth").asInt(),
							relationshipProperties(row.get("first").asRelationship())),
					(row) -> row.get("citation").asString())))
			.all();
		keys.forEach((k) -> result.putIfAbsent(k, new Page<>(List.of(), false, 0)));
		return result;
	}

	/**
	 * What cites each of the given instruments or paragraphs, directly or through up to
	 * {@code depth - 1} intermediate citations. Each citing node is listed at its shortest
	 * depth, once per citation (first hop) giving that depth. With {@code includeParts}, a
	 * citation of one of an instrument's paragraphs (at any level) counts as a citation of the
	 * instrument; citations from within the instrument itself are left out. A chain of
	 * citations goes through live nodes only: a retired citing node, or a retired paragraph or
	 * node in between, is left out (the node asked about may be retired).
	 */
	public Map<String, List<CitingReference>> citedBy(NodeLabel label, Collection<String> keys, int depth,
			boolean includeParts) {
		var result = new LinkedHashMap<String, List<CitingReference>>();
		keys.forEach((k) -> result.put(k, new ArrayList<>()));
		query(CITED_BY.get(depth - 1)).bind(label.label())
			.to("label")
			.bind(List.copyOf(keys))
			.to("keys")
			.bind(includeParts)
			.to("includeParts")
			.bind(SORT_SEPARATOR)
			.to("sep")
			.fetchAs(Object.class)
			.mappedBy((types, record) -> {
				var first = record.get("first").asRelationship();
				result.get(record.get("key").asString())
					.add(new CitingReference(node(record.get("s")), node(record.get("target")),
							record.get("depth").asInt(), relationshipProperties(first)));
				return Boolean.TRUE;
			})
			.all();
		return result;
	}

	/** A node that cites another, at a depth, with the citation it makes (its first hop). */
	public record CitingReference(GraphNode source, GraphNode target, int depth, Map<String, Object> citation) {
	}

	/**
	 * For each event, the forum it belongs to: the body it is a meeting of, else its convener,
	 * else that of the nearest event it is part of; through live events to a live forum only.
	 */
	public Map<String, GraphNode> forumOfEvents(Collection<String> keys) {
		var result = new HashMap<String, GraphNode>();
		query("""
				UNWIND $keys AS key
				MATCH (e:Event {key: key})
				OPTIONAL MATCH path = (e)-[:PART_OF*0..]->(:Event)-[r:MEETING_OF|CONVENED_BY]->(f:Forum)
				WHERE none(x IN nodes(path)[1..] WHERE x:Retired)
				WITH key, f, r, path ORDER BY length(path), CASE type(r) WHEN 'MEETING_OF' THEN 0 ELSE 1 END, f.key
				WITH key, head(collect(f)) AS forum
				WHERE forum IS NOT NULL
				RETURN key, forum
				""").bind(List.copyOf(keys))
			.to("keys")
			.fetchAs(Object.class)
			.mappedBy((types, record) -> result.put(record.get("key").asString(), node(record.get("forum"))))
			.all();
		return result;
	}

	/** The sources that provenance names: curated facts (statement, address) and source documents (title). */
	public Map<String, SourceInfo> sources(Collection<String> keys) {
		var result = new HashMap<String, SourceInfo>();
		query("""
				UNWIND $keys AS key
				OPTIONAL MATCH (s:Source {key: key})
				OPTIONAL MATCH (d:Instrument {key: key, sourceDocument: true})
				WITH key, s, d WHERE s IS NOT NULL OR d IS NOT NULL
				RETURN key, d.title AS title, s.url AS url, s.statement AS statement
				""").bind(List.copyOf(keys))
			.to("keys")
			.fetchAs(Object.class)
			.mappedBy((types, record) -> result.put(record.get("key").asString(),
					new SourceInfo(record.get("title").asString(null), record.get("url").asString(null),
							record.get("statement").asString(null))))
			.all();
		return result;
	}

	/** What a provenance source is: a source document's title, or a curated fact's statement and address. */
	public record SourceInfo(String title, String url, String statement) {
	}

	// ------------------------------------------------------------------ paged lists
	//
	// Every page is the top of its order after the cursor (ORDER BY … LIMIT, never the whole
	// filtered set collected and sliced), and the count runs only when the client selects
	// totalCount. Where an order is a property with a range index (events by start,
	// instruments by date, anything by key), the page is read from the index in that order
	// from the cursor on (a keyset seek), so its cost depends on neither its position nor the
	// size of the filtered set; the other orders (names, titles, scores) sort the filtered set.

	/**
	 * A paged statement in its two forms, without and with the count of the whole list: the
	 * {@code head}, then clauses that bind the rows of the page as {@code page} (one more than
	 * asked when more follow), then (counted) the count of what {@code countMatch} selects, in a
	 * subquery that imports {@code scope}. Both return {@code returned}, {@code page} and
	 * {@code total} (null when not counted).
	 */
	private record Paged(String uncounted, String counted) {

		static Paged of(String head, String pageClauses, String scope, String countMatch, String returned) {
			String count = "CALL (" + scope + ") {\n" + countMatch + "RETURN count(*) AS total\n}\n";
			return new Paged(head + pageClauses + "RETURN " + returned + "page, null AS total\n",
					head + pageClauses + count + "RETURN " + returned + "page, total\n");
		}

		/** The top of {@code match} (binding {@code n} and {@code sortValue}) by {@code top}, counted over {@code match}. */
		static Paged sorted(String match, String row, String top) {
			return of("", "CALL () {\n" + match + row + top + "}\n", "", match, "");
		}

		String cypher(boolean count) {
			return count ? this.counted : this.uncounted;
		}

	}

	/** The top of an ascending order after the cursor, as {@code page}. */
	private static final String TOP_ASC = """
			WITH n, sortValue, row
			WHERE $afterKey IS NULL OR sortValue > $afterValue OR (sortValue = $afterValue AND n.key > $afterKey)
			WITH n, sortValue, row ORDER BY sortValue, n.key LIMIT $limit
			RETURN collect(row) AS page
			""";

	private static final String TOP_DESC = """
			WITH n, sortValue, row
			WHERE $afterKey IS NULL OR sortValue < $afterValue OR (sortValue = $afterValue AND n.key < $afterKey)
			WITH n, sortValue, row ORDER BY sortValue DESC, n.key DESC LIMIT $limit
			RETURN collect(row) AS page
			""";

	private static final String ROW = "WITH n, sortValue, {node: n, sortValue: sortValue} AS row\n";

	/**
	 * A keyset seek on an indexed property {@code n.PROP} of the nodes a {@code MATCH} clause
	 * and {@code WHERE} conjunction select: the nodes with the property, read from its range
	 * index in order from the cursor on, then (only when the page is not full) those without
	 * it, which sort last in either direction by key, with the sort value that stands for "no
	 * value" in that direction ({@code $last} ascending, {@code ''} descending).
	 */
	private static String seek(String scope, String match, String conditions, String property, boolean descending) {
		// ascending: from the cursor up, "none" sorts as $last; descending: from the cursor down, "none" sorts as ''
		String none = descending ? "''" : "$last";
		String template = """
				CALL (SCOPE) {
				  MATCH_CLAUSE
				  WHERE n.PROP FROM coalesce($afterValue, START) AND CONDITIONS
				    AND ($afterKey IS NULL OR n.PROP AFTER $afterValue OR n.key AFTER $afterKey)
				  WITH n ORDER BY n.PROPDIR, n.keyDIR LIMIT $limit
				  RETURN collect({node: n, sortValue: n.PROP}) AS valued
				}
				CALL (valued SCOPE_MORE) {
				  UNWIND (CASE WHEN size(valued) < $limit THEN [true] ELSE [] END) AS unfilled
				  MATCH_CLAUSE
				  WHERE n.PROP IS NULL AND CONDITIONS AND ($afterKey IS NULL OR $afterValue <> NONE OR n.key AFTER $afterKey)
				  WITH n ORDER BY n.keyDIR LIMIT $limit
				  RETURN collect({node: n, sortValue: NONE}) AS unvalued
				}
				WITH *, (valued + unvalued)[0..$limit] AS page
				""";
		// the placeholders of the direction first, then the caller's clauses (which may hold such words)
		return fill(template.replace("PROP", property)
			.replace("FROM", descending ? "<=" : ">=")
			.replace("START", descending ? "$last" : "''")
			.replace("AFTER", descending ? "<" : ">")
			.replace("DIR", descending ? " DESC" : "")
			.replace("NONE", none), scope, match, conditions);
	}

	/** A statement template with its subqueries' imports, its {@code MATCH} clause and its conditions filled in. */
	private static String fill(String template, String scope, String match, String conditions) {
		return template.replace("SCOPE_MORE", scope.isEmpty() ? "" : ", " + scope)
			.replace("SCOPE", scope)
			.replace("MATCH_CLAUSE", match)
			.replace("CONDITIONS", conditions);
	}

	/** A keyset seek on the key (unique, so every node has one): read from the key's index in order. */
	private static String seekKey(String scope, String match, String conditions, boolean descending) {
		return fill(descending ? """
				CALL (SCOPE) {
				  MATCH_CLAUSE
				  WHERE n.key < coalesce($afterKey, $last) AND CONDITIONS
				  WITH n ORDER BY n.key DESC LIMIT $limit
				  RETURN collect({node: n, sortValue: n.key}) AS page
				}
				""" : """
				CALL (SCOPE) {
				  MATCH_CLAUSE
				  WHERE n.key > coalesce($afterKey, '') AND CONDITIONS
				  WITH n ORDER BY n.key LIMIT $limit
				  RETURN collect({node: n, sortValue: n.key}) AS page
				}
				""", scope, match, conditions);
	}

	/**
	 * "Issued by this forum (and its organs)", defined once: a predicate on an instrument
	 * {@code n} and a list {@code issuers} of fora (a forum and, where asked, its organs). The
	 * instrument, or the work it is a dated version of ({@code VERSION_OF}), was issued or
	 * produced by one of them ({@code ISSUED_BY}, {@code PRODUCED_BY}), or was adopted at or
	 * produced by an event ({@code ADOPTED_AT}, {@code PRODUCED_BY}) that is, or is part of (at
	 * any depth), a meeting of or an event convened by one of them ({@code MEETING_OF},
	 * {@code CONVENED_BY}). The work and the events in between are live ones; the issuers are
	 * vetted where they are collected.
	 */
	static final String ISSUED_BY_ISSUERS = """
			EXISTS {
			  MATCH (n)-[:VERSION_OF*0..1]->(w:Instrument)
			  WHERE NOT w:Retired
			    AND (EXISTS { MATCH (w)-[:ISSUED_BY|PRODUCED_BY]->(f:Forum) WHERE f IN issuers }
			     OR EXISTS { MATCH via = (w)-[:ADOPTED_AT|PRODUCED_BY]->(:Event)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(f:Forum)
			                 WHERE f IN issuers AND none(x IN nodes(via)[1..-1] WHERE x:Retired) }) }
			""";

	/**
	 * The live forum named by {@code $forum} (its acronym or key) and its live organs at any
	 * depth (through live organs), as {@code issuers}; empty when none is named.
	 */
	private static final String ISSUERS_NAMED = """
			OPTIONAL MATCH organs = (issuer:Forum)-[:PART_OF*0..]->(named:Forum)
			WHERE (named.key = $forum OR named.acronym = $forum) AND none(x IN nodes(organs) WHERE x:Retired)
			WITH collect(DISTINCT issuer) AS issuers
			""";

	/** Which instruments the {@code instruments} filter selects, but for the forum, as a conjunction on {@code n}. */
	private static final String INSTRUMENT_FILTERS = """
			NOT n:Retired
			  AND ($kinds IS NULL OR n.kind IN $kinds)
			  AND ($dateFrom IS NULL OR n.date + $last >= $dateFrom)
			  AND ($dateTo IS NULL OR n.date <= $dateTo + $last)
			  AND ($topic IS NULL
			       OR EXISTS { MATCH (n)-[:RECOGNIZES|ADDRESSES|FOCUSES_ON|PROPOSES]->(t:Topic {key: $topic}) WHERE NOT t:Retired }
			       OR EXISTS { MATCH via = (n)<-[:PART_OF*]-(:Paragraph)-[:RECOGNIZES|DEFINES]->(:Topic {key: $topic})
			                   WHERE none(x IN nodes(via) WHERE x:Retired) })
			  AND ($textKeys IS NULL OR n.key IN $textKeys)
			""";

	/** Which instruments the {@code instruments} filter selects, as a conjunction on {@code n} (given {@code issuers}). */
	private static final String INSTRUMENT_CONDITIONS = INSTRUMENT_FILTERS + "  AND ($forum IS NULL OR "
			+ ISSUED_BY_ISSUERS + ")\n";

	/**
	 * The instruments issued by one of {@code issuers} (as {@link #ISSUED_BY_ISSUERS} defines
	 * it) that the rest of the filter selects, found from the issuers rather than by testing
	 * every instrument: when a forum is named, its instruments are few beside all.
	 */
	private static final String INSTRUMENTS_OF_ISSUERS = """
			UNWIND issuers AS issuer
			CALL (issuer) {
			  MATCH (issuer)<-[:ISSUED_BY|PRODUCED_BY]-(w:Instrument)
			  RETURN w
			  UNION
			  MATCH via = (w:Instrument)-[:ADOPTED_AT|PRODUCED_BY]->(:Event)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(issuer)
			  WHERE none(x IN nodes(via)[1..-1] WHERE x:Retired)
			  RETURN w
			}
			WITH DISTINCT w WHERE NOT w:Retired
			MATCH (n:Instrument)-[:VERSION_OF*0..1]->(w)
			WITH DISTINCT n
			""";

	private static final String FILTERED_INSTRUMENTS_OF_ISSUERS = INSTRUMENTS_OF_ISSUERS + "WITH n WHERE "
			+ INSTRUMENT_FILTERS;

	private static final String INSTRUMENT_SORT_VALUE = """
			WITH n, CASE $sortField
			          WHEN 'DATE' THEN coalesce(n.date, $nullSort)
			          WHEN 'TITLE' THEN toLower(coalesce(n.title, n.symbol, n.key))
			          ELSE n.key END AS sortValue
			""";

	private static final String INSTRUMENTS_MATCH = ISSUERS_NAMED + "MATCH (n:Instrument) WHERE "
			+ INSTRUMENT_CONDITIONS + INSTRUMENT_SORT_VALUE;

	/** Which events the {@code events} filter selects, but for the forum, as a conjunction on {@code n}. */
	private static final String EVENT_FILTERS = """
			NOT n:Retired
			  AND ($kinds IS NULL OR n.kind IN $kinds)
			  AND ($series IS NULL OR EXISTS {
			        MATCH via = (n)-[:PART_OF*1..]->(:Event {key: $series}) WHERE none(x IN nodes(via) WHERE x:Retired) })
			  AND ($from IS NULL OR coalesce(n.end, n.start) + $last >= $from)
			  AND ($to IS NULL OR n.start <= $to + $last)
			  AND ($formats IS NULL OR n.format IN $formats)
			  AND ($remote IS NULL OR n.remoteParticipation = $remote)
			  AND ($city IS NULL OR toLower(n.city) = toLower($city))
			  AND ($country IS NULL OR toLower(n.country) = toLower($country))
			  AND ($place IS NULL OR any(v IN [n.city, n.venue, n.region, n.country] WHERE toLower(v) CONTAINS toLower($place)))
			""";

	/**
	 * The events of the forum named by {@code $forum} (its acronym or key): meetings of it or of
	 * its organs at any depth, or convened by one of them, and the events part of those, through
	 * live nodes only. Found from the forum, not by testing every event.
	 */
	private static final String EVENTS_OF_NAMED_FORUM = """
			MATCH (named:Forum) WHERE named.key = $forum OR named.acronym = $forum
			MATCH via = (n:Event)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(:Forum)-[:PART_OF*0..]->(named)
			WHERE none(x IN nodes(via) WHERE x:Retired)
			WITH DISTINCT n WHERE
			""" + EVENT_FILTERS;

	private static final String EVENT_SORT_VALUE = """
			WITH n, CASE $sortField
			          WHEN 'START' THEN coalesce(n.start, $nullSort)
			          ELSE toLower(n.name) END AS sortValue
			""";

	/** Which events the {@code events} filter selects, as a conjunction on {@code n}. */
	private static final String EVENT_CONDITIONS = EVENT_FILTERS + """
			  AND ($forum IS NULL OR EXISTS {
			        MATCH via = (n)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(:Forum)-[:PART_OF*0..]->(f:Forum)
			        WHERE (f.key = $forum OR f.acronym = $forum) AND none(x IN nodes(via) WHERE x:Retired) })
			""";

	private static final String EVENTS_MATCH = "MATCH (n:Event) WHERE " + EVENT_CONDITIONS + EVENT_SORT_VALUE;

	private static final String FORA_MATCH = """
			MATCH (n:Forum) WHERE NOT n:Retired
			WITH n, n.key AS sortValue
			""";

	private static final String ROLE_REFERENCES_MATCH = """
			MATCH (p:Paragraph)-[:DEFINES_ROLE]->(:Role {key: $role}) WHERE NOT p:Retired
			MATCH (n:Instrument {key: p.instrumentKey}) WHERE NOT n:Retired
			WITH n, p ORDER BY p.documentOrder
			WITH n, collect(p.key) AS paragraphs
			WITH n, coalesce(n.date, $last) AS sortValue, paragraphs
			""";

	/** Which dated live instruments the timeline selects, as a conjunction on {@code n} (given {@code issuers}). */
	private static final String TIMELINE_INSTRUMENTS = """
			'Instrument' IN $labels AND NOT n:Retired
			    AND ($from IS NULL OR n.date + $last >= $from) AND ($to IS NULL OR n.date <= $to + $last)
			    AND ($forum IS NULL OR
			""" + ISSUED_BY_ISSUERS + ")\n";

	/** Which dated live events the timeline selects (those still on at {@code $from}), as a conjunction on {@code n}. */
	private static final String TIMELINE_EVENTS = """
			'Event' IN $labels AND NOT n:Retired
			    AND ($from IS NULL OR coalesce(n.end, n.start) + $last >= $from) AND ($to IS NULL OR n.start <= $to + $last)
			    AND ($forum IS NULL OR EXISTS {
			        MATCH via = (n)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(:Forum)-[:PART_OF*0..]->(f:Forum)
			        WHERE (f.key = $forum OR f.acronym = $forum) AND none(x IN nodes(via) WHERE x:Retired) })
			""";

	/** Every entry of the timeline (for its count; given {@code issuers}). */
	private static final String TIMELINE_MATCH = """
			CALL (issuers) {
			  MATCH (n:Instrument) WHERE n.date IS NOT NULL AND
			""" + TIMELINE_INSTRUMENTS + """
			  RETURN n
			  UNION ALL
			  MATCH (n:Event) WHERE n.start IS NOT NULL AND
			""" + TIMELINE_EVENTS + """
			  RETURN n
			}
			""";

	/**
	 * A page of the timeline: the instruments by date and the events by start, each read from its
	 * range index in order from the cursor on and cut at the page's size, then merged; so a page
	 * costs its size, not the timeline's.
	 */
	private static final String TIMELINE_PAGE = """
			CALL (issuers) {
			  CALL (issuers) {
			    MATCH (n:Instrument) WHERE n.date >= coalesce($afterValue, '') AND
			""" + TIMELINE_INSTRUMENTS + """
			      AND ($afterKey IS NULL OR n.date > $afterValue OR n.key > $afterKey)
			    WITH n ORDER BY n.date, n.key LIMIT $limit
			    RETURN n, n.date AS sortValue
			    UNION ALL
			    MATCH (n:Event) WHERE n.start >= coalesce($afterValue, '') AND
			""" + TIMELINE_EVENTS + """
			      AND ($afterKey IS NULL OR n.start > $afterValue OR n.key > $afterKey)
			    WITH n ORDER BY n.start, n.key LIMIT $limit
			    RETURN n, n.start AS sortValue
			  }
			  WITH n, sortValue ORDER BY sortValue, n.key LIMIT $limit
			  RETURN collect({node: n, sortValue: sortValue}) AS page
			}
			""";

	private static final Paged FORA = Paged.of("", seekKey("", "MATCH (n:Forum)", "NOT n:Retired", false), "", FORA_MATCH,
			"");

	private static final Paged ROLE_REFERENCES = Paged.sorted(ROLE_REFERENCES_MATCH,
			"WITH n, sortValue, {node: n, sortValue: sortValue, paragraphs: paragraphs} AS row\n", TOP_ASC);

	private static final Paged TIMELINE = Paged.of(ISSUERS_NAMED, TIMELINE_PAGE, "issuers", TIMELINE_MATCH, "");

	private static final String INSTRUMENTS_COUNTED = "MATCH (n:Instrument) WHERE " + INSTRUMENT_CONDITIONS;

	private static final Paged INSTRUMENTS_BY_DATE_ASC = Paged.of(ISSUERS_NAMED,
			seek("issuers", "MATCH (n:Instrument)", INSTRUMENT_CONDITIONS, "date", false), "issuers", INSTRUMENTS_COUNTED, "");

	private static final Paged INSTRUMENTS_BY_DATE_DESC = Paged.of(ISSUERS_NAMED,
			seek("issuers", "MATCH (n:Instrument)", INSTRUMENT_CONDITIONS, "date", true), "issuers", INSTRUMENTS_COUNTED, "");

	private static final Paged INSTRUMENTS_BY_KEY_ASC = Paged.of(ISSUERS_NAMED,
			seekKey("issuers", "MATCH (n:Instrument)", INSTRUMENT_CONDITIONS, false), "issuers", INSTRUMENTS_COUNTED, "");

	private static final Paged INSTRUMENTS_BY_KEY_DESC = Paged.of(ISSUERS_NAMED,
			seekKey("issuers", "MATCH (n:Instrument)", INSTRUMENT_CONDITIONS, true), "issuers", INSTRUMENTS_COUNTED, "");

	private static final Paged INSTRUMENTS_BY_TITLE_ASC = Paged.sorted(INSTRUMENTS_MATCH, ROW, TOP_ASC);

	private static final Paged INSTRUMENTS_BY_TITLE_DESC = Paged.sorted(INSTRUMENTS_MATCH, ROW, TOP_DESC);

	private static final String INSTRUMENTS_OF_FORUM_MATCH = ISSUERS_NAMED + FILTERED_INSTRUMENTS_OF_ISSUERS
			+ INSTRUMENT_SORT_VALUE;

	private static final Paged INSTRUMENTS_OF_FORUM_ASC = Paged.sorted(INSTRUMENTS_OF_FORUM_MATCH, ROW, TOP_ASC);

	private static final Paged INSTRUMENTS_OF_FORUM_DESC = Paged.sorted(INSTRUMENTS_OF_FORUM_MATCH, ROW, TOP_DESC);

	private static final String EVENTS_COUNTED = "MATCH (n:Event) WHERE " + EVENT_CONDITIONS;

	private static final Paged EVENTS_BY_START_ASC = Paged.of("", seek("", "MATCH (n:Event)", EVENT_CONDITIONS, "start", false),
			"", EVENTS_COUNTED, "");

	private static final Paged EVENTS_BY_START_DESC = Paged.of("",
			seek("", "MATCH (n:Event)", EVENT_CONDITIONS, "start", true), "", EVENTS_COUNTED, "");

	private static final Paged EVENTS_BY_NAME_ASC = Paged.sorted(EVENTS_MATCH, ROW, TOP_ASC);

	private static final Paged EVENTS_BY_NAME_DESC = Paged.sorted(EVENTS_MATCH, ROW, TOP_DESC);

	private static final Paged EVENTS_OF_FORUM_ASC = Paged.sorted(EVENTS_OF_NAMED_FORUM + EVENT_SORT_VALUE, ROW, TOP_ASC);

	private static final Paged EVENTS_OF_FORUM_DESC = Paged.sorted(EVENTS_OF_NAMED_FORUM + EVENT_SORT_VALUE, ROW,
			TOP_DESC);

	/** One page for each parent of {@code $keys}, which {@code head} binds as {@code parent} for {@code match}. */
	private static Paged perParent(String head, String parent, String match) {
		return Paged.of(head, "CALL (" + parent + ") {\n" + match + ROW + TOP_ASC + "}\n", parent, match, "key, ");
	}

	private static final String FORUM_PAGE_HEAD = "UNWIND $keys AS key MATCH (forum:Forum {key: key})\n";

	/** Found from the forum: its live organs (when asked), then the events of each, not every event tested. */
	private static final Paged EVENTS_OF_FORA = perParent(FORUM_PAGE_HEAD, "forum", """
			MATCH organs = (f:Forum)-[:PART_OF*0..]->(forum)
			WHERE ($includeOrgans OR f = forum) AND none(x IN nodes(organs)[..-1] WHERE x:Retired)
			MATCH via = (n:Event)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(f)
			WHERE NOT n:Retired AND none(x IN nodes(via)[..-1] WHERE x:Retired)
			WITH DISTINCT n
			WITH n, coalesce(n.start, $last) AS sortValue
			""");

	/** Found from the issuers, as {@link #INSTRUMENTS_OF_ISSUERS} finds them. */
	private static final Paged INSTRUMENTS_OF_FORA = perParent(FORUM_PAGE_HEAD, "forum", """
			MATCH organs = (issuer:Forum)-[:PART_OF*0..]->(forum)
			WHERE ($includeOrgans OR issuer = forum) AND none(x IN nodes(organs)[..-1] WHERE x:Retired)
			WITH forum, collect(DISTINCT issuer) AS issuers
			""" + INSTRUMENTS_OF_ISSUERS + """
			WITH n WHERE NOT n:Retired
			WITH n, coalesce(n.date, $last) AS sortValue
			""");

	private static final Paged PARAGRAPHS = perParent("UNWIND $keys AS key\n", "key", """
			MATCH (n:Paragraph {instrumentKey: key}) WHERE NOT n:Retired
			WITH n, n.documentOrder AS sortValue
			""");


	/** Live instruments matching a filter, in the given order; counted only when {@code count}. */
	public Page<GraphNode> instruments(InstrumentCriteria criteria, Sort sort, Page.After after, int first,
			boolean count) {
		var textKeys = (criteria.text() != null) ? searchInstrumentKeys(criteria.text()) : null;
		var statement = instrumentsStatement(criteria, textKeys, sort, after, first, count);
		return page(statement.cypher(), statement.parameters(), first, (v) -> node(v.get("node")));
	}

	/** The statement that reads a page of {@link #instruments}, as it is sent (for tests that profile it). */
	static Statement instrumentsStatement(InstrumentCriteria criteria, List<String> textKeys, Sort sort,
			Page.After after, int first, boolean count) {
		var parameters = new HashMap<String, Object>();
		parameters.put("kinds", criteria.kinds());
		parameters.put("forum", criteria.issuedBy());
		parameters.put("dateFrom", criteria.dateFrom());
		parameters.put("dateTo", criteria.dateTo());
		parameters.put("topic", criteria.topic());
		parameters.put("textKeys", textKeys);
		parameters.put("sortField", sort.field());
		putPaging(parameters, sort.descending(), after, first);
		var paged = (criteria.issuedBy() != null)
				? (sort.descending() ? INSTRUMENTS_OF_FORUM_DESC : INSTRUMENTS_OF_FORUM_ASC) : switch (sort.field()) {
					case "DATE" -> sort.descending() ? INSTRUMENTS_BY_DATE_DESC : INSTRUMENTS_BY_DATE_ASC;
					case "KEY" -> sort.descending() ? INSTRUMENTS_BY_KEY_DESC : INSTRUMENTS_BY_KEY_ASC;
					default -> sort.descending() ? INSTRUMENTS_BY_TITLE_DESC : INSTRUMENTS_BY_TITLE_ASC;
				};
		return new Statement(paged.cypher(count), parameters);
	}

	/** What to select instruments by; null fields do not restrict. */
	public record InstrumentCriteria(List<String> kinds, String issuedBy, String dateFrom, String dateTo, String topic,
			String text) {
	}

	/** An order: a field name the query knows, and a direction. */
	public record Sort(String field, boolean descending) {
	}

	private List<String> searchInstrumentKeys(String luceneQuery) {
		return List.copyOf(query("""
				CALL db.index.fulltext.queryNodes('governance_text', $query) YIELD node
				WHERE NOT node:Retired
				OPTIONAL MATCH via = (node)-[:PART_OF*]->(i:Instrument)
				WHERE none(x IN nodes(via) WHERE x:Retired)
				WITH CASE WHEN node:Instrument THEN node ELSE i END AS instrument
				WHERE instrument IS NOT NULL
				RETURN DISTINCT instrument.key AS key
				""").bind(luceneQuery).to("query").fetchAs(String.class).mappedBy((t, r) -> r.get("key").asString()).all());
	}

	/** Live events matching a filter, in the given order; counted only when {@code count}. */
	public Page<GraphNode> events(EventCriteria criteria, Sort sort, Page.After after, int first, boolean count) {
		var statement = eventsStatement(criteria, sort, after, first, count);
		return page(statement.cypher(), statement.parameters(), first, (v) -> node(v.get("node")));
	}

	/** The statement that reads a page of {@link #events}, as it is sent (for tests that profile it). */
	static Statement eventsStatement(EventCriteria criteria, Sort sort, Page.After after, int first, boolean count) {
		var parameters = new HashMap<String, Object>();
		parameters.put("kinds", criteria.kinds());
		parameters.put("forum", criteria.forum());
		parameters.put("series", criteria.series());
		parameters.put("from", criteria.from());
		parameters.put("to", criteria.to());
		parameters.put("formats", criteria.formats());
		parameters.put("remote", criteria.remoteParticipation());
		parameters.put("city", criteria.city());
		parameters.put("country", criteria.country());
		parameters.put("place", criteria.place());
		parameters.put("sortField", sort.field());
		putPaging(parameters, sort.descending(), after, first);
		var paged = (criteria.forum() != null) ? (sort.descending() ? EVENTS_OF_FORUM_DESC : EVENTS_OF_FORUM_ASC)
				: "START".equals(sort.field()) ? (sort.descending() ? EVENTS_BY_START_DESC : EVENTS_BY_START_ASC)
						: (sort.descending() ? EVENTS_BY_NAME_DESC : EVENTS_BY_NAME_ASC);
		return new Statement(paged.cypher(count), parameters);
	}

	/** A statement and its parameters. */
	record Statement(String cypher, Map<String, Object> parameters) {
	}

	/** What to select events by; null fields do not restrict. */
	public record EventCriteria(List<String> kinds, String forum, String series, String from, String to,
			List<String> formats, Boolean remoteParticipation, String city, String country, String place) {
	}

	/** All live fora, by key (so each organ follows its parent); counted only when {@code count}. */
	public Page<GraphNode> fora(Page.After after, int first, boolean count) {
		return page(FORA.cypher(count), false, new HashMap<>(), after, first, (v) -> node(v.get("node")));
	}

	/**
	 * The live paragraphs of each instrument, at every level, in document order: one statement
	 * for all the instruments, each with its own page (counted only when {@code count}).
	 */
	public Map<String, Page<GraphNode>> paragraphs(Collection<String> instrumentKeys, Page.After after, int first,
			boolean count) {
		return perParentPage(instrumentKeys, false, after, first, PARAGRAPHS.cypher(count));
	}

	/** For each forum, its events (including its organs' events when asked), by start: one statement for all fora. */
	public Map<String, Page<GraphNode>> eventsOfFora(Collection<String> forumKeys, boolean includeOrgans,
			Page.After after, int first, boolean count) {
		return perParentPage(forumKeys, includeOrgans, after, first, EVENTS_OF_FORA.cypher(count));
	}

	/** For each forum, the instruments issued by it (or, when asked, one of its organs) as {@link #ISSUED_BY_ISSUERS} defines it, by date. */
	public Map<String, Page<GraphNode>> instrumentsOfFora(Collection<String> forumKeys, boolean includeOrgans,
			Page.After after, int first, boolean count) {
		return perParentPage(forumKeys, includeOrgans, after, first, INSTRUMENTS_OF_FORA.cypher(count));
	}

	private Map<String, Page<GraphNode>> perParentPage(Collection<String> parentKeys, boolean includeOrgans,
			Page.After after, int first, String cypher) {
		var result = new LinkedHashMap<String, Page<GraphNode>>();
		var parameters = new HashMap<String, Object>();
		parameters.put("keys", List.copyOf(parentKeys));
		parameters.put("includeOrgans", includeOrgans);
		putPaging(parameters, false, after, first);
		query(cypher).bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, record) -> result.put(record.get("key").asString(),
					toPage(record, first, (v) -> node(v.get("node")))))
			.all();
		parentKeys.forEach((k) -> result.putIfAbsent(k, new Page<>(List.of(), false, 0)));
		return result;
	}

	/** Instruments with paragraphs that define or refer to a role, each with those paragraphs, by instrument date (undated last), then key. */
	public Page<RoleReference> instrumentsReferencingRole(String roleKey, Page.After after, int first, boolean count) {
		return page(ROLE_REFERENCES.cypher(count), false, new HashMap<>(Map.of("role", roleKey)), after, first,
				(v) -> new RoleReference(node(v.get("node")), v.get("paragraphs").asList(Value::asString)));
	}

	/** An instrument and the keys of its paragraphs that define a role, in document order. */
	public record RoleReference(GraphNode instrument, List<String> paragraphKeys) {
	}

	private static final String SEARCH_MATCH = """
			CALL db.index.fulltext.queryNodes('governance_text', $query) YIELD node, score
			WHERE NOT node:Retired AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
			WITH node AS n, score AS sortValue
			""";

	/** Best first: the order of the full-text index (score descending), then key ascending among equal scores. */
	private static final Paged SEARCH = Paged.sorted(SEARCH_MATCH, ROW, """
			WITH n, sortValue, row
			WHERE $afterKey IS NULL OR sortValue < $afterValue OR (sortValue = $afterValue AND n.key > $afterKey)
			WITH n, sortValue, row ORDER BY sortValue DESC, n.key LIMIT $limit
			RETURN collect(row) AS page
			""");

	/** Full-text search over live nodes, best first; the query is Lucene syntax already escaped by the caller. */
	public Page<SearchHit> search(String luceneQuery, List<String> labels, Page.After after, int first, boolean count) {
		var parameters = new HashMap<String, Object>();
		parameters.put("query", luceneQuery);
		parameters.put("labels", labels);
		return page(SEARCH.cypher(count), true, parameters, after, first,
				(v) -> new SearchHit(node(v.get("node")), v.get("sortValue").asDouble()));
	}

	/** A node found by search, with its score. */
	public record SearchHit(GraphNode node, double score) {
	}

	/** Dated live instruments and events in time order, optionally within dates and a forum; counted only when {@code count}. */
	public Page<GraphNode> timeline(List<String> labels, String from, String to, String forum, Page.After after,
			int first, boolean count) {
		var statement = timelineStatement(labels, from, to, forum, after, first, count);
		return page(statement.cypher(), statement.parameters(), first, (v) -> node(v.get("node")));
	}

	/** The statement {@link #timeline} runs, with its parameters (for profiling it). */
	static Statement timelineStatement(List<String> labels, String from, String to, String forum, Page.After after,
			int first, boolean count) {
		var parameters = new HashMap<String, Object>();
		parameters.put("labels", labels);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("forum", forum);
		putPaging(parameters, false, after, first);
		return new Statement(TIMELINE.cypher(count), parameters);
	}

	// ------------------------------------------------------------------ paths

	/** The shortest connection between two nodes within six hops through live nodes only, or empty (always so when either end is retired). */
	public Optional<GraphPath> shortestPath(NodeLabel fromLabel, String fromKey, NodeLabel toLabel, String toKey) {
		return query("""
				MATCH (a:$($fromLabel) {key: $from}), (b:$($toLabel) {key: $to})
				WHERE NOT a:Retired AND NOT b:Retired
				MATCH path = shortestPath((a)-[*..6]-(b))
				WHERE all(n IN nodes(path) WHERE NOT n:Retired AND any(l IN labels(n) WHERE l IN $labels))
				RETURN nodes(path) AS nodes, relationships(path) AS relationships
				""").bind(fromLabel.label())
			.to("fromLabel")
			.bind(fromKey)
			.to("from")
			.bind(toLabel.label())
			.to("toLabel")
			.bind(toKey)
			.to("to")
			.bind(LABELS)
			.to("labels")
			.fetchAs(GraphPath.class)
			.mappedBy((types, record) -> {
				var nodes = record.get("nodes").asList(GraphRepository::node);
				var hops = new ArrayList<GraphPath.Hop>();
				var relationships = record.get("relationships").asList(Value::asRelationship);
				var elementIds = record.get("nodes").asList((v) -> v.asNode().elementId());
				for (int i = 0; i < relationships.size(); i++) {
					var relationship = relationships.get(i);
					boolean forward = relationship.startNodeElementId().equals(elementIds.get(i));
					hops.add(new GraphPath.Hop(nodes.get(i), relationship.type(), forward, nodes.get(i + 1),
							relationshipProperties(relationship)));
				}
				return new GraphPath(nodes, hops);
			})
			.one();
	}

	/** A path through the graph, hop by hop in walking order. */
	public record GraphPath(List<GraphNode> nodes, List<Hop> hops) {

		/** One hop: from a node, along a relationship (forwards or backwards), to the next. */
		public record Hop(GraphNode from, String relationship, boolean forward, GraphNode to,
				Map<String, Object> properties) {
		}

	}

	// ------------------------------------------------------------------ helpers


	private <T> Page<T> page(String cypher, boolean descend, Map<String, Object> parameters, Page.After after,
			int first, java.util.function.Function<Value, T> rowMapper) {
		putPaging(parameters, descend, after, first);
		return page(cypher, parameters, first, rowMapper);
	}

	private <T> Page<T> page(String cypher, Map<String, Object> parameters, int first,
			java.util.function.Function<Value, T> rowMapper) {
		@SuppressWarnings("unchecked")
		Page<T> page = query(cypher).bindAll(parameters)
			.fetchAs(Page.class)
			.mappedBy((types, record) -> toPage(record, first, rowMapper))
			.one()
			.orElse(new Page<>(List.of(), false, 0));
		return page;
	}

	/** The parameters of every paged statement: the sort values of "none", and the keyset. */
	private static void putPaging(Map<String, Object> parameters, boolean descend, Page.After after, int first) {
		parameters.put("last", LAST);
		parameters.put("nullSort", descend ? "" : LAST);
		putKeyset(parameters, after, first);
	}

	private static void putKeyset(Map<String, Object> parameters, Page.After after, int first) {
		parameters.put("afterKey", (after != null) ? after.key() : null);
		parameters.put("afterValue", (after != null) ? after.sortValue() : null);
		parameters.put("limit", first + 1);
	}

	private static <T> Page<T> toPage(Record record, int first, java.util.function.Function<Value, T> rowMapper) {
		return Page.fromRows(record, first, rowMapper);
	}

	private static Link link(Record record) {
		Relationship relationship = record.get("r").asRelationship();
		return new Link(node(record.get("o")), relationship.type(), record.get("outgoing").asBoolean(),
				relationshipProperties(relationship));
	}

	private static Map<String, Object> relationshipProperties(Relationship relationship) {
		return relationship.asMap();
	}

	static GraphNode node(Value value) {
		return GraphNode.of(value);
	}

}
