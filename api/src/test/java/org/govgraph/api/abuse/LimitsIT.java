package org.govgraph.api.abuse;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import graphql.introspection.IntrospectionQuery;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request limit, hit on purpose: each rejection is a typed error that names the limit,
 * its maximum and by how much the request exceeded it, and nothing executes.
 */
@TestPropertySource(properties = { "govgraph.limits.cost-per-minute=500", "govgraph.limits.rejection-cost=100" })
class LimitsIT extends SeededApiTest {

	private HttpResponse<String> send(String query) {
		return this.http.post(query, Map.of(), Map.of("X-API-Key", "limits-" + UUID.randomUUID()));
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
				Map.of("X-API-Key", "body-" + UUID.randomUUID()));
		assertThat(response.statusCode()).isEqualTo(413);
		var answer = json(response);
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("REQUEST_TOO_LARGE");
		assertThat(answer.read("$.errors[0].extensions.limit", String.class)).isEqualTo("requestSize");
		assertThat(answer.read("$.errors[0].extensions.max", Integer.class)).isEqualTo(131_072);
	}

	@Test
	void aClientThatKeepsSendingRefusedRequestsSpendsItsBudgetAndIsThenRefusedUnread() {
		var key = Map.of("X-API-Key", "abuser-" + UUID.randomUUID());
		String tooDeep = "{ a0: __typename " + "a: __typename ".repeat(40) + "}";
		// Each refusal takes 100 of the 500 points.
		for (int i = 0; i < 5; i++) {
			assertThat(this.http.post(tooDeep, Map.of(), key).statusCode()).isEqualTo(400);
		}
		var refused = this.http.post("{ __typename }", Map.of(), key);
		assertThat(refused.statusCode()).isEqualTo(429);
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

	@Test
	void pageSize() {
		assertLimit(send("{ fora(first: 101) { totalCount } }"), "LIMIT_EXCEEDED", "first", 100, 101);
	}

	@Test
	void costBudgetPerRequest() {
		// instruments: 1 + 100 × (edges 1 + node 1 + paragraphs (1 + 100 × (edges 1 + node 1 + text 1))) = 30,301 points
		var response = send("""
				{ instruments(first: 100) { edges { node { paragraphs(first: 100) { edges { node { text } } } } } } }""");
		assertLimit(response, "LIMIT_EXCEEDED", "cost", 25_000, 30_301);
		assertThat(json(response).read("$.extensions.cost.requested", Integer.class)).isEqualTo(30_301);
	}

	@Test
	void everyResponseCarriesItsCost() {
		var key = "cost-" + UUID.randomUUID();
		var first = json(this.http.post("{ fora(first: 2) { totalCount } }", Map.of(), Map.of("X-API-Key", key)));
		assertThat(first.read("$.extensions.cost", Map.class)).isEqualTo(
				Map.of("requested", 3, "limit", 25_000, "remaining", 497, "budgetPerMinute", 500));
		var second = json(this.http.post("{ fora(first: 2) { totalCount } }", Map.of(), Map.of("X-API-Key", key)));
		// The budget refills continuously (500 points a minute), so a little may have come back in between.
		assertThat(second.read("$.extensions.cost.remaining", Integer.class)).isBetween(494, 497);
	}

	@Test
	void costPerMinutePerClientIsAnsweredWith429AndRetryAfter() {
		var key = Map.of("X-API-Key", "rate-" + UUID.randomUUID());
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
		var other = this.http.post(query, Map.of(), Map.of("X-API-Key", "rate-" + UUID.randomUUID()));
		assertThat(other.statusCode()).isEqualTo(200);
	}

	@Test
	void introspectionStaysOnForGraphiql() {
		var response = this.http.post(IntrospectionQuery.INTROSPECTION_QUERY, Map.of(),
				Map.of("X-API-Key", "introspection-" + UUID.randomUUID()));
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
				Map.of("k", List.of("FOO")), Map.of("X-API-Key", "enum-" + UUID.randomUUID())));
		assertThat(variable.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(variable.read("$.errors[0].extensions.argument", String.class)).isEqualTo("$k");
	}

}
