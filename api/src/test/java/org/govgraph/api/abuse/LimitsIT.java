package org.govgraph.api.abuse;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.DocumentContext;
import graphql.introspection.IntrospectionQuery;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.govgraph.model.graph.GraphRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request limit, hit on purpose: each rejection is a typed error that names the limit,
 * its maximum and by how much the request exceeded it, and nothing executes.
 */
@TestPropertySource(properties = { "govgraph.limits.cost-per-minute=500", "govgraph.limits.rejection-cost=100",
		"govgraph.limits.api-keys=key-01,key-02,key-03,key-04,key-05,key-06,key-07,key-08,key-09,key-10,key-11,key-12,key-13,key-14,key-15,key-16,key-17,key-18,key-19,key-20,key-21,key-22,key-23,key-24,key-25,key-26,key-27,key-28,key-29,key-30,key-31,key-32,key-33,key-34,key-35,key-36,key-37,key-38,key-39,key-40" })
class LimitsIT extends SeededApiTest {

	@Autowired
	private GraphRepository graph;

	private long statementCount() {
		return this.graph.statementCount();
	}

	/** The API keys the test configures as issued: each test takes fresh ones, so budgets do not mix. */
	private static final AtomicInteger KEYS = new AtomicInteger();

	private static String issuedKey() {
		return String.format("key-%02d", KEYS.incrementAndGet());
	}

	private HttpResponse<String> send(String query) {
		return this.http.post(query, Map.of(), Map.of("X-API-Key", issuedKey()));
	}

	private static DocumentContext json(HttpResponse<String> response) {
		return GraphQlHttp.parse(response.body());
	}

	private static void assertLimit(HttpResponse<String> response, String classification, String limit, long max,
			long actual) {
		assertThat(response.statusCode()).isEqualTo(400);
		var answer = json(response);
		assertThat(answer.read("$.data", Object.class)).isNull();
		assertThat(answer.read("$.errors[0].extensions", Map.class)).containsEntry("classification", classification)
			.containsEntry("limit", limit)
			.containsEntry("max", (int) max)
			.containsEntry("actual", (int) actual)
			.containsEntry("exceededBy", (int) (actual - max));
		assertThat(answer.read("$.errors[0].extensions.correlationId", String.class))
			.isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
	}

	@Test
	void documentSize() {
		var query = "{ __typename }" + "#".repeat(70_000);
		var response = send(query);
		assertLimit(response, "REQUEST_TOO_LARGE", "documentSize", 65_536, query.length());
		assertThat(json(response).read("$.errors[0].message", String.class)).isEqualTo(
				"The request exceeds the documentSize limit: the document's size in bytes is 70014, at most 65536 (over by 4478)");
	}

	@Test
	void aBodyFarLargerThanAnyDocumentIsRefusedBeforeItIsRead() {
		var response = this.http.post("{ __typename }", Map.of("padding", "x".repeat(200_000)),
				Map.of("X-API-Key", issuedKey()));
		assertThat(response.statusCode()).isEqualTo(413);
		var answer = json(response);
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("REQUEST_TOO_LARGE");
		assertThat(answer.read("$.errors[0].extensions.limit", String.class)).isEqualTo("requestSize");
		assertThat(answer.read("$.errors[0].extensions.max", Integer.class)).isEqualTo(131_072);
	}

	@Test
	void aClientThatKeepsSendingRefusedRequestsSpendsItsBudgetAndIsThenRefusedUnread() {
		var key = Map.of("X-API-Key", issuedKey());
		String tooDeep = "{ a0: __typename " + "a: __typename ".repeat(40) + "}";
		// Each refusal takes 100 of the 500 points.
		for (int i = 0; i < 5; i++) {
			assertThat(this.http.post(tooDeep, Map.of(), key).statusCode()).isEqualTo(400);
		}
		long started = System.nanoTime();
		var refused = this.http.post("{ __typename }", Map.of(), key);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(refused.statusCode()).isEqualTo(429);
		// The refusal is held back (govgraph.limits.refusal-delay, 200 ms), so a loop that ignores
		// Retry-After cannot spin on it.
		assertThat(millis).isGreaterThanOrEqualTo(200);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(json(refused).read("$.errors[0].extensions.classification", String.class)).isEqualTo("RATE_LIMITED");
		assertThat(json(refused).read("$.errors[0].message", String.class)).startsWith("This client's 500 cost points per minute are spent");
	}

	@Test
	void parserTokens() {
		var response = send("{ " + "a ".repeat(16_000) + "}");
		assertThat(response.statusCode()).isEqualTo(400);
		var answer = json(response);
		assertThat(answer.read("$.errors[0].message", String.class))
			.isEqualTo("The request exceeds the tokens limit: the document has more than 15000 tokens");
		assertThat(answer.read("$.errors[0].extensions", Map.class)).containsEntry("classification", "LIMIT_EXCEEDED")
			.containsEntry("limit", "tokens")
			.containsEntry("max", 15_000);
	}

	@Test
	void depth() {
		var response = send("""
				{ instrument(key: "un/wsis/2005/tunis-agenda") { paragraphs(first: 1) { edges { node {
				  instrument { paragraphs(first: 1) { edges { node {
				    instrument { paragraphs(first: 1) { edges { node { instrument { key } } } } } } } } } } } } } }""");
		assertLimit(response, "LIMIT_EXCEEDED", "depth", 12, 14);
	}

	@Test
	void aliases() {
		var query = new StringBuilder("{");
		for (int i = 0; i < 31; i++) {
			query.append(" a").append(i).append(": __typename");
		}
		assertLimit(send(query.append(" }").toString()), "LIMIT_EXCEEDED", "aliases", 30, 31);
	}

	/**
	 * An argument out of its documented range is one kind of error wherever it occurs: a request
	 * error before anything runs, BAD_REQUEST naming the argument, HTTP 400. (A first of 101 was
	 * LIMIT_EXCEEDED; a negative first and 101 IDs were BAD_REQUEST field errors with HTTP 200.)
	 */
	@Test
	void argumentsOutOfRangeAreBadRequestsBeforeExecution() {
		var ids = java.util.Collections.nCopies(101, id("Forum", "itu"));
		var cases = Map.of("{ fora(first: 101) { totalCount } }", List.of("first", 0, 100, 101),
				"{ fora(first: -1) { totalCount } }", List.of("first", 0, 100, -1),
				"{ search(query: \"itu\", first: 500) { totalCount } }", List.of("first", 0, 100, 500),
				"{ instrument(key: \"un/wsis/2005/tunis-agenda\") { citedBy(depth: 4) { depth } } }", List.of("depth", 1, 3, 4),
				"query($ids: [ID!]!) { nodes(ids: $ids) { id } }", List.of("ids", 0, 100, 101));
		cases.forEach((query, expected) -> {
			long before = this.statementCount();
			var response = this.http.post(query, Map.of("ids", ids), Map.of("X-API-Key", issuedKey()));
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			var answer = json(response);
			assertThat(answer.read("$.data", Object.class)).as(query).isNull();
			assertThat(answer.read("$.errors.length()", Integer.class)).as(query).isEqualTo(1);
			assertThat(answer.read("$.errors[0].extensions", Map.class)).as(query)
				.containsEntry("classification", "BAD_REQUEST")
				.containsEntry("argument", expected.get(0))
				.containsEntry("min", expected.get(1))
				.containsEntry("max", expected.get(2))
				.containsEntry("actual", expected.get(3));
			assertThat(this.statementCount()).as("nothing ran for " + query).isEqualTo(before);
		});
		assertThat(json(send("{ fora(first: 101) { totalCount } }")).read("$.errors[0].message", String.class))
			.isEqualTo("'first' must be between 0 and 100, not 101 (argument 'first')");
		assertThat(json(this.http.post("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", ids),
				Map.of("X-API-Key", issuedKey()))).read("$.errors[0].message", String.class))
			.isEqualTo("'ids' may hold at most 100 items, not 101 (argument 'ids')");
	}

	/** nodes(ids:) costs its selection once per ID; it counted as one, whatever the number of IDs. */
	@Test
	void aListCostsItsSelectionOncePerItem() {
		var ids = java.util.Collections.nCopies(100, id("Instrument", "un/wsis/2005/tunis-agenda"));
		// 1 + 100 × (id 1 + (inline fragment) paragraphs (1 + 100 × (edges 1 + node 1 + text 1))) = 30,201 points
		var response = this.http.post("""
				query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Instrument { paragraphs(first: 100) { edges { node { text } } } } } }""",
				Map.of("ids", ids), Map.of("X-API-Key", issuedKey()));
		assertLimit(response, "LIMIT_EXCEEDED", "cost", 25_000, 30_201);
		// A relationship list counts as its @listSize, else 10 items: instrument 1 + cites (1 + 10 × pinpoint 1) = 12
		var cites = json(this.http.post("{ instrument(key: \"itu/wtpf-13/media-backgrounder\") { cites { pinpoint } } }",
				Map.of(), Map.of("X-API-Key", issuedKey())));
		assertThat(cites.read("$.extensions.cost.requested", Integer.class)).isEqualTo(12);
		// nodes(ids: [3 IDs]) { id } = 1 + 3 × 1
		var three = json(this.http.post("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
				Map.of("ids", java.util.Collections.nCopies(3, id("Forum", "itu"))), Map.of("X-API-Key", issuedKey())));
		assertThat(three.read("$.extensions.cost.requested", Integer.class)).isEqualTo(4);
	}

	/** A made-up X-API-Key bought a fresh budget: now only issued keys have budgets of their own. */
	@Test
	void aKeyThisApiDidNotIssueSpendsTheAddresssBudget() {
		String query = "{ fora(first: 100) { edges { node { key } } } }";
		var first = this.http.post(query, Map.of(), Map.of("X-API-Key", "made-up-" + KEYS.incrementAndGet()));
		var second = this.http.post(query, Map.of(), Map.of("X-API-Key", "made-up-" + KEYS.incrementAndGet()));
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(json(first).read("$.extensions.cost.remaining", Integer.class)).isBetween(199, 205);
		assertThat(second.statusCode()).isEqualTo(429);
		assertThat(json(second).read("$.errors[0].extensions.classification", String.class)).isEqualTo("RATE_LIMITED");
		// Nor does a forwarded address, unless the proxy is trusted (TrustedProxyIT).
		var forwarded = this.http.post(query, Map.of(), Map.of("X-Forwarded-For", "203.0.113.9"));
		assertThat(forwarded.statusCode()).isEqualTo(429);
		var issued = this.http.post(query, Map.of(), Map.of("X-API-Key", issuedKey()));
		assertThat(issued.statusCode()).isEqualTo(200);
	}

	@Test
	void costBudgetPerRequest() {
		// instruments: 1 + 100 × (edges 1 + node 1 + paragraphs (1 + 100 × (edges 1 + node 1 + text 1))) = 30,301 points
		// (a connection's edges are counted once, by its first)
		var response = send("""
				{ instruments(first: 100) { edges { node { paragraphs(first: 100) { edges { node { text } } } } } } }""");
		assertLimit(response, "LIMIT_EXCEEDED", "cost", 25_000, 30_301);
		assertThat(json(response).read("$.extensions.cost.requested", Integer.class)).isEqualTo(30_301);
	}

	@Test
	void everyResponseCarriesItsCost() {
		var key = issuedKey();
		var first = json(this.http.post("{ fora(first: 2) { totalCount } }", Map.of(), Map.of("X-API-Key", key)));
		assertThat(first.read("$.extensions.cost", Map.class)).isEqualTo(
				Map.of("requested", 3, "limit", 25_000, "remaining", 497, "budgetPerMinute", 500));
		var second = json(this.http.post("{ fora(first: 2) { totalCount } }", Map.of(), Map.of("X-API-Key", key)));
		// The budget refills continuously (500 points a minute), so a little may have come back in between.
		assertThat(second.read("$.extensions.cost.remaining", Integer.class)).isBetween(494, 497);
	}

	@Test
	void costPerMinutePerClientIsAnsweredWith429AndRetryAfter() {
		var key = Map.of("X-API-Key", issuedKey());
		// 1 + 100 × (1 + 1 + 1) = 301 points: the first fits the 500-point budget, the second does not.
		String query = "{ fora(first: 100) { edges { node { key } } } }";
		var allowed = this.http.post(query, Map.of(), key);
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(json(allowed).read("$.extensions.cost.remaining", Integer.class)).isEqualTo(199);

		var limited = this.http.post(query, Map.of(), key);
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After").map(Integer::parseInt).orElseThrow()).isBetween(1, 60);
		var answer = json(limited);
		assertThat(answer.read("$.errors[0].extensions", Map.class)).containsEntry("classification", "RATE_LIMITED")
			.containsEntry("limit", "costPerMinute")
			.containsEntry("max", 500)
			.containsEntry("actual", 301);
		assertThat(answer.read("$.data", Object.class)).isNull();

		// Another client's budget is its own.
		var other = this.http.post(query, Map.of(), Map.of("X-API-Key", issuedKey()));
		assertThat(other.statusCode()).isEqualTo(200);
	}

	@Test
	void introspectionStaysOnForGraphiql() {
		var response = this.http.post(IntrospectionQuery.INTROSPECTION_QUERY, Map.of(),
				Map.of("X-API-Key", issuedKey()));
		assertThat(response.statusCode()).isEqualTo(200);
		var answer = json(response);
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.__schema.queryType.name", String.class)).isEqualTo("Query");
	}

	@Test
	void errorsSuggestNoFieldNames() {
		var response = send("{ instrumnt(key: \"x\") { key } }");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).read("$.errors[0].message", String.class))
			.isEqualTo("Validation error (FieldUndefined@[instrumnt]) : Field 'instrumnt' in type 'Query' is undefined")
			.doesNotContainIgnoringCase("did you mean");
	}

	@Test
	void malformedEnumValuesNameTheArgument() {
		var literal = json(send("{ events(filter: {kinds: [FOO]}) { totalCount } }"));
		assertThat(literal.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(literal.read("$.errors[0].extensions.argument", String.class)).isEqualTo("filter.kinds[0]");

		var variable = json(this.http.post("query($k: [EventKind!]) { events(filter: {kinds: $k}) { totalCount } }",
				Map.of("k", List.of("FOO")), Map.of("X-API-Key", issuedKey())));
		assertThat(variable.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(variable.read("$.errors[0].extensions.argument", String.class)).isEqualTo("$k");
	}

}
