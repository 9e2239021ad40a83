package org.govgraph.api.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.support.ChangeLogWrites;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.govgraph.api.support.TestTokens;
import org.govgraph.model.curation.ChangeLog.Recorded;
import org.govgraph.model.curation.ChangeOperation;
import org.govgraph.model.testing.TestNeo4j;
import org.govgraph.model.vocabulary.NodeLabel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code changes} query over the change log, written as a committed write writes it (the
 * counter's lock, then one entry per entity, in the write's transaction): pages in sequence
 * order with the exact values recorded, the entity as it is now, {@code kinds}, paging with
 * {@code after} (a sequence) and {@code first}, and a malformed {@code after}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeFeedIT extends SeededApiTest {

	static final String TOPIC = "multistakeholder-model";

	static final String TOPIC_NAME = "Multistakeholder model of Internet governance";

	static final String EVENT = "wsis/2005-tunis";

	static final String NEW_TOPIC = "change-feed-it/a-topic-not-in-the-graph";

	static final String CHANGES = """
			query($after: String, $first: Int, $kinds: [NodeKind!]) {
			  changes(after: $after, first: $first, kinds: $kinds) {
			    totalCount
			    edges { cursor node { sequence at by operation key kind version comment node { id ... on Topic { name } } } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}
			""";

	private Driver driver;

	private ChangeLogWrites log;

	/** The last sequence before this test's writes. */
	private long before;

	/** What the log assigned to this test's four changes, in order. */
	private List<Recorded> recorded;

	@BeforeAll
	void writeChanges() {
		this.driver = TestNeo4j.get().newDriver();
		this.log = new ChangeLogWrites(this.driver);
		this.before = this.log.lastSequence();
		var first = this.log.commit(
				ChangeLogWrites.entry(ChangeOperation.UPDATED, NodeLabel.TOPIC, TOPIC, 2, "alice", "Shorter description"),
				ChangeLogWrites.entry(ChangeOperation.CONNECTED, NodeLabel.EVENT, EVENT, 3, "alice", null));
		var second = this.log.commit(
				ChangeLogWrites.entry(ChangeOperation.CREATED, NodeLabel.TOPIC, NEW_TOPIC, 1, "bob", "New topic"),
				ChangeLogWrites.entry(ChangeOperation.RETIRED, NodeLabel.EVENT, EVENT, 4, "bob", "Duplicate"));
		this.recorded = new java.util.ArrayList<>(first);
		this.recorded.addAll(second);
	}

	@AfterAll
	void closeDriver() {
		this.driver.close();
	}

	/** This test's requests, as a subject of its own: they spend its budget, not the one of the address all tests share. */
	static final Map<String, String> AS_THIS_TEST = Map.of("Authorization", TestTokens.bearer("change-feed-it"));

	private DocumentContext query(String query, Map<String, Object> variables) {
		var response = this.http.post(query, variables, AS_THIS_TEST);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return GraphQlHttp.parse(response.body());
	}

	private String sequence(int change) {
		return Long.toString(this.recorded.get(change).sequence());
	}

	private String at(int change) {
		return this.recorded.get(change).at().toOffsetDateTime().format(ChangeLogWrites.DATE_TIME);
	}

	private static Map<String, Object> node(String label, String key) {
		return Map.of("id", id(label, key), "name", TOPIC_NAME);
	}

	private Map<String, Object> change(int change, String by, String operation, String key, String kind, int version,
			String comment, Map<String, Object> node) {
		var expected = new LinkedHashMap<String, Object>();
		expected.put("sequence", sequence(change));
		expected.put("at", at(change));
		expected.put("by", by);
		expected.put("operation", operation);
		expected.put("key", key);
		expected.put("kind", kind);
		expected.put("version", version);
		expected.put("comment", comment);
		expected.put("node", node);
		return expected;
	}

	@Test
	void pagesTheChangesInSequenceOrderWithTheirValuesAndTheEntityAsItIsNow() {
		var answer = query(CHANGES, Map.of("after", Long.toString(this.before), "first", 10));
		assertThat(answer.read("$.errors", Object.class)).isNull();
		assertThat(answer.read("$.data.changes.edges[*].cursor", List.class))
			.isEqualTo(List.of(sequence(0), sequence(1), sequence(2), sequence(3)));
		assertThat(this.recorded.stream().map(Recorded::sequence).toList())
			.isEqualTo(List.of(this.before + 1, this.before + 2, this.before + 3, this.before + 4));
		assertThat(answer.read("$.data.changes.edges[*].node", List.class)).isEqualTo(List.of(
				change(0, "alice", "UPDATED", TOPIC, "TOPIC", 2, "Shorter description", node("Topic", TOPIC)),
				change(1, "alice", "CONNECTED", EVENT, "EVENT", 3, null, Map.of("id", id("Event", EVENT))),
				change(2, "bob", "CREATED", NEW_TOPIC, "TOPIC", 1, "New topic", null),
				change(3, "bob", "RETIRED", EVENT, "EVENT", 4, "Duplicate", Map.of("id", id("Event", EVENT)))));
		assertThat(answer.read("$.data.changes.pageInfo", Map.class)).isEqualTo(Map.of("hasNextPage", false,
				"hasPreviousPage", this.before > 0, "startCursor", sequence(0), "endCursor", sequence(3)));
		assertThat(answer.read("$.data.changes.totalCount", Long.class)).isEqualTo(this.log.count());
	}

	@Test
	void kindsKeepOnlyTheChangesToThoseKindsOfEntity() {
		var topics = query(CHANGES, Map.of("after", Long.toString(this.before), "kinds", List.of("TOPIC")));
		assertThat(topics.read("$.data.changes.edges[*].node.key", List.class)).isEqualTo(List.of(TOPIC, NEW_TOPIC));
		assertThat(topics.read("$.data.changes.edges[*].cursor", List.class)).isEqualTo(List.of(sequence(0), sequence(2)));
		assertThat(topics.read("$.data.changes.totalCount", Long.class)).isEqualTo(this.log.count(NodeLabel.TOPIC));

		var both = query(CHANGES,
				Map.of("after", Long.toString(this.before), "kinds", List.of("EVENT", "TOPIC")));
		assertThat(both.read("$.data.changes.edges[*].cursor", List.class))
			.isEqualTo(List.of(sequence(0), sequence(1), sequence(2), sequence(3)));
		assertThat(both.read("$.data.changes.totalCount", Long.class))
			.isEqualTo(this.log.count(NodeLabel.EVENT, NodeLabel.TOPIC));

		var none = query(CHANGES, Map.of("after", Long.toString(this.before), "kinds", List.of("ROLE")));
		assertThat(none.read("$.data.changes.edges", List.class)).isEmpty();
		assertThat(none.read("$.data.changes.totalCount", Long.class)).isEqualTo(this.log.count(NodeLabel.ROLE));
	}

	@Test
	void afterPagesOnFromASequenceOrACursor() {
		var first = query(CHANGES, Map.of("after", Long.toString(this.before), "first", 2));
		assertThat(first.read("$.data.changes.edges[*].cursor", List.class)).isEqualTo(List.of(sequence(0), sequence(1)));
		assertThat(first.read("$.data.changes.pageInfo.hasNextPage", Boolean.class)).isTrue();
		String end = first.read("$.data.changes.pageInfo.endCursor", String.class);
		assertThat(end).isEqualTo(sequence(1));

		var next = query(CHANGES, Map.of("after", end, "first", 2));
		assertThat(next.read("$.data.changes.edges[*].node.key", List.class)).isEqualTo(List.of(NEW_TOPIC, EVENT));
		assertThat(next.read("$.data.changes.pageInfo", Map.class)).isEqualTo(Map.of("hasNextPage", false,
				"hasPreviousPage", true, "startCursor", sequence(2), "endCursor", sequence(3)));

		// first: 0 holds no changes and stands where it was asked.
		var here = query(CHANGES, Map.of("after", end, "first", 0));
		assertThat(here.read("$.data.changes.edges", List.class)).isEmpty();
		assertThat(here.read("$.data.changes.pageInfo", Map.class))
			.isEqualTo(Map.of("hasNextPage", true, "hasPreviousPage", true, "startCursor", end, "endCursor", end));

		// "0", or no after at all, starts at the first change of the log, which is numbered 1.
		for (Map<String, Object> variables : List.<Map<String, Object>>of(Map.of("after", "0", "first", 1), Map.of("first", 1))) {
			var start = query(CHANGES, variables);
			assertThat(start.read("$.data.changes.edges[*].cursor", List.class)).isEqualTo(List.of("1"));
			assertThat(start.read("$.data.changes.pageInfo.hasPreviousPage", Boolean.class)).isFalse();
		}
		var atTheStart = query(CHANGES, Map.of("first", 0));
		assertThat(atTheStart.read("$.data.changes.pageInfo.endCursor", String.class)).isEqualTo("0");

		// After the last change: nothing yet.
		var atTheEnd = query(CHANGES, Map.of("after", Long.toString(this.log.lastSequence())));
		assertThat(atTheEnd.read("$.data.changes.edges", List.class)).isEmpty();
		assertThat(atTheEnd.read("$.data.changes.pageInfo.endCursor", String.class)).isNull();
	}

	@Test
	void aMalformedAfterIsABadRequestNamingTheArgument() {
		for (String after : List.of("abc", "-1", "+1", "01", "1.5", " 1", "", "99999999999999999999")) {
			var answer = query(CHANGES, Map.of("after", after));
			assertThat(answer.read("$.data", Object.class)).as(after).isNull();
			assertThat(answer.read("$.errors[0].message", String.class)).as(after).isEqualTo("'" + after
					+ "' is not a change sequence: give the digits of a Change.sequence, or \"0\" for the first change (argument 'after')");
			assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
			assertThat(answer.read("$.errors[0].extensions.argument", String.class)).isEqualTo("after");
			assertThat(answer.read("$.errors[0].path", List.class)).isEqualTo(List.of("changes"));
		}
	}

	@Test
	void firstHasTheRangeOfEveryConnection() {
		var response = this.http.post(CHANGES, Map.of("first", 101), AS_THIS_TEST);
		assertThat(response.statusCode()).isEqualTo(400);
		var answer = GraphQlHttp.parse(response.body());
		assertThat(answer.read("$.data", Object.class)).isNull();
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(answer.read("$.errors[0].extensions.argument", String.class)).isEqualTo("first");
		assertThat(answer.read("$.errors[0].extensions.max", Integer.class)).isEqualTo(100);
		assertThat(answer.read("$.errors[0].extensions.actual", Integer.class)).isEqualTo(101);
	}

}
