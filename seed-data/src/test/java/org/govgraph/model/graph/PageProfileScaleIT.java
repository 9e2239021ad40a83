package org.govgraph.model.graph;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.govgraph.model.graph.GraphRepository.EventCriteria;
import org.govgraph.model.graph.GraphRepository.InstrumentCriteria;
import org.govgraph.model.graph.GraphRepository.Sort;
import org.govgraph.model.graph.GraphRepository.Statement;
import org.govgraph.model.testing.TestNeo4j;
import org.govgraph.seed.synthetic.GraphSize;
import org.govgraph.seed.synthetic.SyntheticLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are read from an index in their order, from the cursor on, and only what the client
 * asks for is computed: on the synthetic graph of size M (26,011 events, 4,034 instruments),
 * page 1,000 costs what page 1 costs (in db hits, as {@code PROFILE} counts them), far less
 * than counting the list, and holds what the same order reads at that position.
 */
class PageProfileScaleIT {

	private static final int FIRST = 20;

	/** The live events and instruments of size M (seed 42), the curated ones among them. */
	private static final long EVENTS = 26_011;

	private static final long INSTRUMENTS = 4_034;

	private static Driver driver;

	private static GraphRepository graph;

	@BeforeAll
	static void load() {
		var neo4j = TestNeo4j.get();
		neo4j.clear();
		driver = neo4j.newDriver();
		new SyntheticLoader(driver).load(GraphSize.M, 42, (progress) -> {
		});
		graph = new GraphRepository(Neo4jClient.create(driver));
	}

	@AfterAll
	static void close() {
		driver.close();
		TestNeo4j.get().clear();
	}

	private static final EventCriteria ALL_EVENTS = new EventCriteria(null, null, null, null, null, null, null, null,
			null, null);

	private static final InstrumentCriteria ALL_INSTRUMENTS = new InstrumentCriteria(null, null, null, null, null,
			null);

	@Test
	void eventsByStartPageOneThousandCostsWhatPageOneCosts() {
		assertThat(count("MATCH (n:Event) WHERE NOT n:Retired RETURN count(n)")).isEqualTo(EVENTS);
		var sort = new Sort("START", false);
		var after = assertPageHoldsTheOrder("Event", "start", sort, 1000,
				(position) -> graph.events(ALL_EVENTS, sort, position, FIRST, false));
		assertThat(graph.events(ALL_EVENTS, sort, after, FIRST, false).hasNext()).isTrue();
		assertThat(graph.events(ALL_EVENTS, sort, after, FIRST, false).totalCount()).isEqualTo(Page.UNCOUNTED);
		assertThat(graph.events(ALL_EVENTS, sort, after, FIRST, true).totalCount()).isEqualTo(EVENTS);
		assertSeekPlans((position, count) -> GraphRepository.eventsStatement(ALL_EVENTS, sort, position, FIRST, count),
				after, "Event(start)", ties("Event", "start"), EVENTS);
	}

	@Test
	void eventsByStartDescendingToo() {
		var sort = new Sort("START", true);
		var after = assertPageHoldsTheOrder("Event", "start", sort, 1000,
				(position) -> graph.events(ALL_EVENTS, sort, position, FIRST, false));
		assertSeekPlans((position, count) -> GraphRepository.eventsStatement(ALL_EVENTS, sort, position, FIRST, count),
				after, "Event(start)", ties("Event", "start"), EVENTS);
	}

	@Test
	void instrumentsByDateTheLastPagesCostWhatTheFirstCosts() {
		assertThat(count("MATCH (n:Instrument) WHERE NOT n:Retired RETURN count(n)")).isEqualTo(INSTRUMENTS);
		var sort = new Sort("DATE", false);
		// 4,034 instruments: page 200 of 20 is the last full page of the dated ones
		var after = assertPageHoldsTheOrder("Instrument", "date", sort, 200,
				(position) -> graph.instruments(ALL_INSTRUMENTS, sort, position, FIRST, false));
		assertSeekPlans(
				(position, count) -> GraphRepository.instrumentsStatement(ALL_INSTRUMENTS, null, sort, position, FIRST,
						count),
				after, "Instrument(date)", ties("Instrument", "date"), INSTRUMENTS);
	}

	@Test
	void timelinePageOneThousandCostsWhatPageOneCosts() {
		var labels = List.of("Instrument", "Event");
		// the plain order: dated live instruments by date and dated live events by start, merged
		String order = """
				CALL () {
				  MATCH (n:Instrument) WHERE NOT n:Retired AND n.date IS NOT NULL RETURN n, n.date AS value
				  UNION ALL
				  MATCH (n:Event) WHERE NOT n:Retired AND n.start IS NOT NULL RETURN n, n.start AS value
				}
				WITH n, value ORDER BY value, n.key
				""";
		long size = count(order + "RETURN count(*)");
		var parameters = Map.<String, Object>of("skip", 999 * FIRST, "first", FIRST);
		var after = cursorAt(order, "value", parameters);
		assertThat(graph.timeline(labels, null, null, null, after, FIRST, false).items()).extracting(Page.Item::key)
			.hasSize(FIRST)
			.isEqualTo(keys(order + "SKIP $skip LIMIT $first RETURN n.key AS key", parameters));
		assertThat(graph.timeline(labels, null, null, null, after, FIRST, true).totalCount()).isEqualTo(size);
		// each branch reads a page from its index (and the ties of its last value): two pages' rows at most
		var first = profile(GraphRepository.timelineStatement(labels, null, null, null, null, FIRST, false));
		var later = profile(GraphRepository.timelineStatement(labels, null, null, null, after, FIRST, false));
		var counted = profile(GraphRepository.timelineStatement(labels, null, null, null, null, FIRST, true));
		long ties = Math.max(ties("Instrument", "date"), ties("Event", "start"));
		for (var plan : List.of(first, later)) {
			assertThat(details(plan)).anyMatch((d) -> d.contains("RANGE INDEX n:Instrument(date)"))
				.anyMatch((d) -> d.contains("RANGE INDEX n:Event(start)"));
			assertThat(maxRows(plan)).isLessThanOrEqualTo(2 * (FIRST + 1 + 2 * ties));
		}
		long firstHits = dbHits(first);
		assertThat(dbHits(later)).isBetween(firstHits - firstHits / 4, firstHits + firstHits / 4);
		assertThat(firstHits).isLessThan(size / 20);
		assertThat(dbHits(counted)).isGreaterThanOrEqualTo(size);
	}

	/**
	 * Page {@code number} as the repository reads it (after the cursor of the item before it)
	 * holds what the plain order of the live nodes with the property reads at that position;
	 * returns that cursor.
	 */
	private static Page.After assertPageHoldsTheOrder(String label, String property, Sort sort, int number,
			Function<Page.After, Page<GraphNode>> read) {
		String direction = sort.descending() ? " DESC" : "";
		String order = "MATCH (n:$($label)) WHERE NOT n:Retired AND n[$property] IS NOT NULL WITH n ORDER BY n[$property]"
				+ direction + ", n.key" + direction + " ";
		var parameters = Map.<String, Object>of("label", label, "property", property, "skip", (number - 1) * FIRST,
				"first", FIRST);
		var after = cursorAt(order, "n[$property]", parameters);
		assertThat(read.apply(after).items()).extracting(Page.Item::key)
			.hasSize(FIRST)
			.isEqualTo(keys(order + "SKIP $skip LIMIT $first RETURN n.key AS key", parameters));
		return after;
	}

	/**
	 * Both pages seek the order's index and no operator of theirs handles more than a page's
	 * rows: one more than asked, and the items that share a sort value with the cursor's or
	 * the page's last (read to order them by key), at most {@code ties} each. The later page
	 * costs what the first costs (within 10 %), and less than a quarter of a hit per item of
	 * the list; counting the list touches every one of its {@code size} items.
	 */
	private static void assertSeekPlans(BiFunction<Page.After, Boolean, Statement> statement,
			Page.After after, String index, long ties, long size) {
		var first = profile(statement.apply(null, false));
		var later = profile(statement.apply(after, false));
		var counted = profile(statement.apply(null, true));
		for (var plan : List.of(first, later)) {
			assertThat(details(plan)).anyMatch((d) -> d.contains("RANGE INDEX n:" + index));
			assertThat(maxRows(plan)).isLessThanOrEqualTo(FIRST + 1 + 2 * ties);
		}
		long firstHits = dbHits(first);
		assertThat(dbHits(later)).isBetween(firstHits - firstHits / 10, firstHits + firstHits / 10);
		assertThat(firstHits).isLessThan(size / 4);
		assertThat(dbHits(counted)).isGreaterThanOrEqualTo(size);
	}

	private static ProfiledPlan profile(Statement statement) {
		try (var session = driver.session()) {
			return session.run("PROFILE " + statement.cypher(), statement.parameters()).consume().profile();
		}
	}

	private static long dbHits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(PageProfileScaleIT::dbHits).sum();
	}

	/** The most rows any operator below the results produced. */
	private static long maxRows(ProfiledPlan plan) {
		long below = plan.children().stream().mapToLong(PageProfileScaleIT::maxRows).max().orElse(0);
		return plan.operatorType().startsWith("ProduceResults") ? below : Math.max(plan.records(), below);
	}

	private static List<String> details(ProfiledPlan plan) {
		var all = new java.util.ArrayList<String>();
		var details = plan.arguments().get("Details");
		if (details != null) {
			all.add(details.asString());
		}
		plan.children().forEach((child) -> all.addAll(details(child)));
		return all;
	}

	/** Where a page starts that follows the item before position {@code skip} of the order ({@code value} its sort value). */
	private static Page.After cursorAt(String order, String value, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			var row = session.executeRead((tx) -> tx
				.run(order + "SKIP $skip - 1 LIMIT 1 RETURN " + value + " AS value, n.key AS key", parameters)
				.single());
			return new Page.After(row.get("value").asString(), row.get("key").asString());
		}
	}

	/** The most live nodes of a label that share one value of the property. */
	private static long ties(String label, String property) {
		return count("""
				MATCH (n:$($label)) WHERE NOT n:Retired AND n[$property] IS NOT NULL
				WITH n[$property] AS value, count(*) AS c RETURN max(c)""", Map.of("label", label, "property", property));
	}

	private static long count(String cypher) {
		return count(cypher, Map.of());
	}

	private static long count(String cypher, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher, parameters).single().get(0).asLong());
		}
	}

	private static List<String> keys(String cypher, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher, parameters).list((r) -> r.get("key").asString()));
		}
	}

}
