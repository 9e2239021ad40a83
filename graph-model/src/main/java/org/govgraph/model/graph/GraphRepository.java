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
		query("""
				UNWIND $keys AS key
				MATCH (whole:$($label) {key: key})
				CALL (whole) {
				  RETURN whole AS t
				  UNION
				  MATCH (t:Paragraph {instrumentKey: whole.key}) WHERE $includeParts AND NOT t:Retired
				  RETURN t
				}
				MATCH path = (s)-[:CITES*1..3]->(t)
				WHERE length(path) <= $depth AND s <> whole AND coalesce(s.instrumentKey, '') <> whole.key
				  AND none(x IN nodes(path)[..-1] WHERE x:Retired)
				WITH key, s, length(path) AS depth, relationships(path)[0] AS first
				WITH key, s, min(depth) AS nearest, collect({depth: depth, first: first}) AS found
				UNWIND [f IN found WHERE f.depth = nearest] AS f
				WITH DISTINCT key, s, nearest AS depth, f.first AS first
				RETURN key, s, endNode(first) AS target, first, depth
				ORDER BY key, depth, s.key, endNode(first).key, coalesce(first.pinpoint, '')
				""").bind(label.label())
			.to("label")
			.bind(List.copyOf(keys))
			.to("keys")
			.bind(depth)
			.to("depth")
			.bind(includeParts)
			.to("includeParts")
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

	/** The end of every paged query: order, collect, count, and the page after the cursor. */
	private static final String TAIL_ASC = """
			WITH * ORDER BY sortValue, n.key
			WITH collect(row) AS rows
			RETURN size(rows) AS total,
			       [r IN rows WHERE $afterKey IS NULL OR r.sortValue > $afterValue
			                     OR (r.sortValue = $afterValue AND r.node.key > $afterKey)][0..$limit] AS page
			""";

	private static final String TAIL_DESC = """
			WITH * ORDER BY sortValue DESC, n.key DESC
			WITH collect(row) AS rows
			RETURN size(rows) AS total,
			       [r IN rows WHERE $afterKey IS NULL OR r.sortValue < $afterValue
			                     OR (r.sortValue = $afterValue AND r.node.key < $afterKey)][0..$limit] AS page
			""";

	private static final String ROW = "WITH n, sortValue, {node: n, sortValue: sortValue} AS row\n";

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

	private static final String INSTRUMENTS_MATCH = ISSUERS_NAMED + """
			MATCH (n:Instrument)
			WHERE NOT n:Retired
			  AND ($kinds IS NULL OR n.kind IN $kinds)
			  AND ($forum IS NULL OR
			"""
			+ ISSUED_BY_ISSUERS + """
			  )
			  AND ($dateFrom IS NULL OR n.date + $last >= $dateFrom)
			  AND ($dateTo IS NULL OR n.date <= $dateTo + $last)
			  AND ($topic IS NULL
			       OR EXISTS { MATCH (n)-[:RECOGNIZES|ADDRESSES|FOCUSES_ON|PROPOSES]->(t:Topic {key: $topic}) WHERE NOT t:Retired }
			       OR EXISTS { MATCH via = (n)<-[:PART_OF*]-(:Paragraph)-[:RECOGNIZES|DEFINES]->(:Topic {key: $topic})
			                   WHERE none(x IN nodes(via) WHERE x:Retired) })
			  AND ($textKeys IS NULL OR n.key IN $textKeys)
			WITH n, CASE $sortField
			          WHEN 'DATE' THEN coalesce(n.date, $nullSort)
			          WHEN 'TITLE' THEN toLower(coalesce(n.title, n.symbol, n.key))
			          ELSE n.key END AS sortValue
			""";

	private static final String EVENTS_MATCH = """
			MATCH (n:Event)
			WHERE NOT n:Retired
			  AND ($kinds IS NULL OR n.kind IN $kinds)
			  AND ($forum IS NULL OR EXISTS {
			        MATCH via = (n)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(:Forum)-[:PART_OF*0..]->(f:Forum)
			        WHERE (f.key = $forum OR f.acronym = $forum) AND none(x IN nodes(via) WHERE x:Retired) })
			  AND ($series IS NULL OR EXISTS {
			        MATCH via = (n)-[:PART_OF*1..]->(:Event {key: $series}) WHERE none(x IN nodes(via) WHERE x:Retired) })
			  AND ($from IS NULL OR coalesce(n.end, n.start) + $last >= $from)
			  AND ($to IS NULL OR n.start <= $to + $last)
			  AND ($formats IS NULL OR n.format IN $formats)
			  AND ($remote IS NULL OR n.remoteParticipation = $remote)
			  AND ($city IS NULL OR toLower(n.city) = toLower($city))
			  AND ($country IS NULL OR toLower(n.country) = toLower($country))
			  AND ($place IS NULL OR any(v IN [n.city, n.venue, n.region, n.country] WHERE toLower(v) CONTAINS toLower($place)))
			WITH n, CASE $sortField
			          WHEN 'START' THEN coalesce(n.start, $nullSort)
			          ELSE toLower(n.name) END AS sortValue
			""";

	private static final String FORA = """
			MATCH (n:Forum) WHERE NOT n:Retired
			WITH n, n.key AS sortValue
			""" + ROW + TAIL_ASC;

	private static final String ROLE_REFERENCES = """
			MATCH (p:Paragraph)-[:DEFINES_ROLE]->(:Role {key: $role}) WHERE NOT p:Retired
			MATCH (n:Instrument {key: p.instrumentKey}) WHERE NOT n:Retired
			WITH n, p ORDER BY p.documentOrder
			WITH n, collect(p.key) AS paragraphs
			WITH n, coalesce(n.date, $last) AS sortValue, paragraphs
			"""
			+ "WITH n, sortValue, {node: n, sortValue: sortValue, paragraphs: paragraphs} AS row\n" + TAIL_ASC;

	private static final String TIMELINE = ISSUERS_NAMED + """
			CALL (issuers) {
			  MATCH (n:Instrument) WHERE n.date IS NOT NULL AND NOT n:Retired
			    AND ($forum IS NULL OR
			"""
			+ ISSUED_BY_ISSUERS + """
			    )
			  RETURN n, n.date AS date, n.date AS end
			  UNION
			  MATCH (e:Event) WHERE e.start IS NOT NULL AND NOT e:Retired
			    AND ($forum IS NULL OR EXISTS {
			        MATCH via = (e)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(:Forum)-[:PART_OF*0..]->(f:Forum)
			        WHERE (f.key = $forum OR f.acronym = $forum) AND none(x IN nodes(via) WHERE x:Retired) })
			  RETURN e AS n, e.start AS date, coalesce(e.end, e.start) AS end
			}
			WITH n, date, end WHERE any(l IN labels(n) WHERE l IN $labels)
			  AND ($from IS NULL OR end + $last >= $from)
			  AND ($to IS NULL OR date <= $to + $last)
			WITH n, date AS sortValue
			""" + ROW + TAIL_ASC;

	private static final String INSTRUMENTS_ASC = INSTRUMENTS_MATCH + ROW + TAIL_ASC;

	private static final String INSTRUMENTS_DESC = INSTRUMENTS_MATCH + ROW + TAIL_DESC;

	private static final String EVENTS_ASC = EVENTS_MATCH + ROW + TAIL_ASC;

	private static final String EVENTS_DESC = EVENTS_MATCH + ROW + TAIL_DESC;

	private static final String FORUM_PAGE_HEAD = "UNWIND $keys AS key MATCH (forum:Forum {key: key}) CALL (forum) {\n";

	private static final String FORUM_PAGE_TAIL = """
			  WITH n, sortValue ORDER BY sortValue, n.key
			  WITH collect({node: n, sortValue: sortValue}) AS rows
			  RETURN size(rows) AS total,
			         [r IN rows WHERE $afterKey IS NULL OR r.sortValue > $afterValue
			                       OR (r.sortValue = $afterValue AND r.node.key > $afterKey)][0..$limit] AS page
			}
			RETURN key, total, page
			""";

	private static final String EVENTS_OF_FORA = FORUM_PAGE_HEAD + """
			MATCH (n:Event)
			WHERE NOT n:Retired AND EXISTS {
			  MATCH via = (n)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(f:Forum)
			  MATCH organs = (f)-[:PART_OF*0..]->(forum)
			  WHERE ($includeOrgans OR f = forum) AND none(x IN nodes(via)[..-1] + nodes(organs)[..-1] WHERE x:Retired) }
			WITH n, coalesce(n.start, $last) AS sortValue
			""" + FORUM_PAGE_TAIL;

	private static final String INSTRUMENTS_OF_FORA = FORUM_PAGE_HEAD + """
			MATCH organs = (issuer:Forum)-[:PART_OF*0..]->(forum)
			WHERE ($includeOrgans OR issuer = forum) AND none(x IN nodes(organs)[..-1] WHERE x:Retired)
			WITH forum, collect(DISTINCT issuer) AS issuers
			MATCH (n:Instrument)
			WHERE NOT n:Retired AND
			""" + ISSUED_BY_ISSUERS + """
			WITH n, coalesce(n.date, $last) AS sortValue
			""" + FORUM_PAGE_TAIL;


	/** Live instruments matching a filter, in the given order. */
	public Page<GraphNode> instruments(InstrumentCriteria criteria, Sort sort, Page.After after, int first) {
		var parameters = new HashMap<String, Object>();
		parameters.put("kinds", criteria.kinds());
		parameters.put("forum", criteria.issuedBy());
		parameters.put("dateFrom", criteria.dateFrom());
		parameters.put("dateTo", criteria.dateTo());
		parameters.put("topic", criteria.topic());
		parameters.put("textKeys", (criteria.text() != null) ? searchInstrumentKeys(criteria.text()) : null);
		parameters.put("sortField", sort.field());
		return page(INSTRUMENTS_ASC, INSTRUMENTS_DESC, sort.descending(), parameters, after, first,
				(v) -> node(v.get("node")));
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

	/** Live events matching a filter, in the given order. */
	public Page<GraphNode> events(EventCriteria criteria, Sort sort, Page.After after, int first) {
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
		return page(EVENTS_ASC, EVENTS_DESC, sort.descending(), parameters, after, first, (v) -> node(v.get("node")));
	}

	/** What to select events by; null fields do not restrict. */
	public record EventCriteria(List<String> kinds, String forum, String series, String from, String to,
			List<String> formats, Boolean remoteParticipation, String city, String country, String place) {
	}

	/** All live fora, by key (so each organ follows its parent). */
	public Page<GraphNode> fora(Page.After after, int first) {
		return page(FORA, FORA, false, new HashMap<>(), after, first, (v) -> node(v.get("node")));
	}

	/**
	 * The live paragraphs of each instrument, at every level, in document order: one statement
	 * for all the instruments, each with its own page.
	 */
	public Map<String, Page<GraphNode>> paragraphs(Collection<String> instrumentKeys, Page.After after, int first) {
		var result = new LinkedHashMap<String, Page<GraphNode>>();
		var parameters = new HashMap<String, Object>();
		parameters.put("keys", List.copyOf(instrumentKeys));
		putKeyset(parameters, after, first, false);
		query("""
				UNWIND $keys AS key
				CALL (key) {
				  MATCH (n:Paragraph {instrumentKey: key}) WHERE NOT n:Retired
				  WITH n, n.documentOrder AS sortValue ORDER BY sortValue, n.key
				  WITH collect({node: n, sortValue: sortValue}) AS rows
				  RETURN size(rows) AS total,
				         [r IN rows WHERE $afterKey IS NULL OR r.sortValue > $afterValue
				                       OR (r.sortValue = $afterValue AND r.node.key > $afterKey)][0..$limit] AS page
				}
				RETURN key, total, page
				""").bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, record) -> result.put(record.get("key").asString(),
					toPage(record, first, (v) -> node(v.get("node")))))
			.all();
		instrumentKeys.forEach((k) -> result.putIfAbsent(k, new Page<>(List.of(), false, 0)));
		return result;
	}

	/** For each forum, its events (including its organs' events when asked), by start: one statement for all fora. */
	public Map<String, Page<GraphNode>> eventsOfFora(Collection<String> forumKeys, boolean includeOrgans,
			Page.After after, int first) {
		return perForumPage(forumKeys, includeOrgans, after, first, EVENTS_OF_FORA);
	}

	/** For each forum, the instruments issued by it (or, when asked, one of its organs) as {@link #ISSUED_BY_ISSUERS} defines it, by date. */
	public Map<String, Page<GraphNode>> instrumentsOfFora(Collection<String> forumKeys, boolean includeOrgans,
			Page.After after, int first) {
		return perForumPage(forumKeys, includeOrgans, after, first, INSTRUMENTS_OF_FORA);
	}

	private Map<String, Page<GraphNode>> perForumPage(Collection<String> forumKeys, boolean includeOrgans,
			Page.After after, int first, String cypher) {
		var result = new LinkedHashMap<String, Page<GraphNode>>();
		var parameters = new HashMap<String, Object>();
		parameters.put("keys", List.copyOf(forumKeys));
		parameters.put("includeOrgans", includeOrgans);
		parameters.put("last", LAST);
		putKeyset(parameters, after, first, false);
		query(cypher).bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, record) -> result.put(record.get("key").asString(),
					toPage(record, first, (v) -> node(v.get("node")))))
			.all();
		forumKeys.forEach((k) -> result.putIfAbsent(k, new Page<>(List.of(), false, 0)));
		return result;
	}

	/** Instruments with paragraphs that define or refer to a role, each with those paragraphs, by instrument date (undated last), then key. */
	public Page<RoleReference> instrumentsReferencingRole(String roleKey, Page.After after, int first) {
		return page(ROLE_REFERENCES, ROLE_REFERENCES, false, new HashMap<>(Map.of("role", roleKey)), after, first,
				(v) -> new RoleReference(node(v.get("node")), v.get("paragraphs").asList(Value::asString)));
	}

	/** An instrument and the keys of its paragraphs that define a role, in document order. */
	public record RoleReference(GraphNode instrument, List<String> paragraphKeys) {
	}

	/** Full-text search over live nodes, best first; the query is Lucene syntax already escaped by the caller. */
	public Page<SearchHit> search(String luceneQuery, List<String> labels, Page.After after, int first) {
		var parameters = new HashMap<String, Object>();
		parameters.put("query", luceneQuery);
		parameters.put("labels", labels);
		putKeyset(parameters, after, first, true);
		var rows = query("""
				CALL db.index.fulltext.queryNodes('governance_text', $query) YIELD node, score
				WHERE NOT node:Retired AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
				WITH node AS n, score AS sortValue ORDER BY sortValue DESC, n.key
				WITH collect({node: n, sortValue: sortValue}) AS rows
				RETURN size(rows) AS total,
				       [r IN rows WHERE $afterKey IS NULL OR r.sortValue < $afterValue
				                     OR (r.sortValue = $afterValue AND r.node.key > $afterKey)][0..$limit] AS page
				""").bindAll(parameters)
			.fetchAs(Page.class)
			.mappedBy((types, record) -> toPage(record, first,
					(v) -> new SearchHit(node(v.get("node")), v.get("sortValue").asDouble())))
			.one();
		@SuppressWarnings("unchecked")
		Page<SearchHit> page = rows.orElse(new Page<>(List.of(), false, 0));
		return page;
	}

	/** A node found by search, with its score. */
	public record SearchHit(GraphNode node, double score) {
	}

	/** Dated live instruments and events in time order, optionally within dates and a forum. */
	public Page<GraphNode> timeline(List<String> labels, String from, String to, String forum, Page.After after,
			int first) {
		var parameters = new HashMap<String, Object>();
		parameters.put("labels", labels);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("forum", forum);
		return page(TIMELINE, TIMELINE, false, parameters, after, first, (v) -> node(v.get("node")));
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


	private <T> Page<T> page(String ascending, String descending, boolean descend, Map<String, Object> parameters,
			Page.After after, int first, java.util.function.Function<Value, T> rowMapper) {
		parameters.put("last", LAST);
		parameters.put("nullSort", descend ? "" : LAST);
		putKeyset(parameters, after, first, descend);
		@SuppressWarnings("unchecked")
		Page<T> page = query(descend ? descending : ascending).bindAll(parameters)
			.fetchAs(Page.class)
			.mappedBy((types, record) -> toPage(record, first, rowMapper))
			.one()
			.orElse(new Page<>(List.of(), false, 0));
		return page;
	}

	private static void putKeyset(Map<String, Object> parameters, Page.After after, int first, boolean descending) {
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
