package org.govgraph.api.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.support.CuratedApiTest;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes racing each other over HTTP: one key, one entity; one version, one update; and the
 * change feed's numbers stay gapless in commit order. Each request comes from its own curator
 * (budgets are per subject), all released at once.
 */
class ConcurrentWritesIT extends CuratedApiTest {

	private static final int WRITERS = 50;

	private static final String CREATE = """
			mutation { createTopic(input: {key: "test/race", name: "Raced topic", kind: THEME, provenance: [
			  {kind: QUOTED, source: "itu/wtpf-13/media-backgrounder", locator: "para_2", quote: "Multi-stakeholder Model"}]}) {
			  topic { key version } userErrors { field message code } } }
			""";

	private List<DocumentContext> race(String query, Map<String, Object> variables) throws Exception {
		var start = new CountDownLatch(1);
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			var answers = new ArrayList<Future<DocumentContext>>();
			for (int i = 0; i < WRITERS; i++) {
				var token = token("curator-" + i, "CURATOR");
				answers.add(executor.submit(() -> {
					start.await();
					var response = this.http.post(query, variables, Map.of("Authorization", "Bearer " + token));
					assertThat(response.statusCode()).isEqualTo(200);
					return GraphQlHttp.parse(response.body());
				}));
			}
			start.countDown();
			var results = new ArrayList<DocumentContext>();
			for (var answer : answers) {
				results.add(answer.get());
			}
			return results;
		}
	}

	private static List<Long> sequences() {
		try (var driver = TestNeo4j.forWrites().newDriver(); var session = driver.session()) {
			return session.run("MATCH (c:Change) RETURN c.sequence AS s ORDER BY s").list((r) -> r.get("s").asLong());
		}
	}

	@Test
	void fiftyIdenticalCreatesMakeOneEntityAndFortyNineDuplicateKeys() throws Exception {
		var answers = race(CREATE, Map.of());

		var created = answers.stream().filter((a) -> a.<List<?>>read("$.data.createTopic.userErrors").isEmpty()).toList();
		assertThat(created).hasSize(1);
		assertThat(created.getFirst().<Map<String, Object>>read("$.data.createTopic.topic"))
			.isEqualTo(Map.of("key", "test/race", "version", 1));
		var refused = answers.stream()
			.filter((a) -> !a.<List<?>>read("$.data.createTopic.userErrors").isEmpty())
			.map((a) -> a.<Map<String, Object>>read("$.data.createTopic.userErrors[0]"))
			.toList();
		assertThat(refused).hasSize(WRITERS - 1)
			.containsOnly(Map.of("field", List.of("input", "key"), "message", "duplicate key test/race", "code",
					"DUPLICATE_KEY"));
		try (var driver = TestNeo4j.forWrites().newDriver(); var session = driver.session()) {
			assertThat(session.run("MATCH (t:Topic {key: 'test/race'}) RETURN count(t) AS n").single().get("n").asLong())
				.isEqualTo(1);
			assertThat(session.run("MATCH (c:Change {key: 'test/race'}) RETURN count(c) AS n").single().get("n").asLong())
				.isEqualTo(1);
		}
		assertGapless();
	}

	@Test
	void fiftyUpdatesOfTheSameVersionMakeOneSuccessAndFortyNineConflicts() throws Exception {
		asCurator("""
				mutation { createTopic(input: {key: "test/contested", name: "Contested", kind: THEME, provenance: [
				  {kind: QUOTED, source: "itu/wtpf-13/media-backgrounder", locator: "para_2", quote: "Multi-stakeholder Model"}]}) {
				  userErrors { code } } }
				""", Map.of());
		var answers = race("""
				mutation($id: ID!) { updateTopic(input: {id: $id, expectedVersion: 1, description: "the global model",
				  provenance: [{kind: QUOTED, source: "itu/wtpf-13/media-backgrounder", locator: "para_2",
				  quote: "the global model for Internet governance"}]}) {
				  topic { version } userErrors { field message code } } }
				""", Map.of("id", id("Topic", "test/contested")));

		var updated = answers.stream().filter((a) -> a.<List<?>>read("$.data.updateTopic.userErrors").isEmpty()).toList();
		assertThat(updated).hasSize(1);
		assertThat(updated.getFirst().<Integer>read("$.data.updateTopic.topic.version")).isEqualTo(2);
		var conflicts = answers.stream()
			.filter((a) -> !a.<List<?>>read("$.data.updateTopic.userErrors").isEmpty())
			.map((a) -> a.<Map<String, Object>>read("$.data.updateTopic.userErrors[0]"))
			.toList();
		assertThat(conflicts).hasSize(WRITERS - 1)
			.containsOnly(Map.of("field", List.of("input", "expectedVersion"), "code", "CONFLICT", "message",
					"Topic test/contested is at version 2, not 1: read it again and apply your change to version 2"));
		var history = this.http.query("query($id: ID!) { history(id: $id) { totalCount edges { node { version } } } }",
				Map.of("id", id("Topic", "test/contested")));
		assertThat(history.<List<Integer>>read("$.data.history.edges[*].node.version")).containsExactly(2, 1);
		assertGapless();
	}

	/** Every committed write has its number: 1, 2, 3 … without a gap, whatever was refused in between. */
	private static void assertGapless() {
		var sequences = sequences();
		assertThat(sequences).isNotEmpty();
		for (int i = 0; i < sequences.size(); i++) {
			assertThat(sequences.get(i)).isEqualTo(sequences.getFirst() + i);
		}
	}

}
