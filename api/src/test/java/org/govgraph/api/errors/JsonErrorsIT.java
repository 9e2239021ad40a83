package org.govgraph.api.errors;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer is JSON with the request's correlation id, whatever the path and status: GraphQL
 * errors on {@code /graphql} (405, 406, 415, a GET without a query, a query over server-sent
 * events), problem details elsewhere (404, 405, {@code /error} itself); and the GraphQL request
 * is known by the same id as the HTTP request.
 */
class JsonErrorsIT extends SeededApiTest {

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	@Test
	void refusalsOnTheGraphQlPathAreGraphQlErrorsInTheAcceptedMediaType() {
		var put = this.http.send(this.http.request("/graphql").header("Accept", GRAPHQL_RESPONSE)
			.PUT(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(put.statusCode()).isEqualTo(405);
		assertThat(put.headers().firstValue("Allow")).hasValue("GET,POST");
		assertThat(graphQlError(put, GRAPHQL_RESPONSE, "METHOD_NOT_ALLOWED").read("$.errors[0].message", String.class))
			.isEqualTo("The method PUT is not allowed: send GraphQL requests with GET or POST");

		var html = this.http.send(this.http.request("/graphql?query=%7B__typename%7D").header("Accept", "text/html").GET());
		assertThat(html.statusCode()).isEqualTo(406);
		assertThat(graphQlError(html, "application/json", "NOT_ACCEPTABLE").read("$.errors[0].message", String.class))
			.isEqualTo("The request accepts none of the media types of GraphQL responses: "
					+ "accept application/graphql-response+json or application/json");

		var plain = this.http.send(this.http.request("/graphql").header("Content-Type", "text/plain")
			.header("Accept", GRAPHQL_RESPONSE + ", application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{ __typename }")));
		assertThat(plain.statusCode()).isEqualTo(415);
		assertThat(graphQlError(plain, GRAPHQL_RESPONSE, "UNSUPPORTED_MEDIA_TYPE").read("$.errors[0].message",
				String.class))
			.isEqualTo("The Content-Type text/plain is not supported; POST the request as application/json");

		for (String accept : new String[] { GRAPHQL_RESPONSE, "application/json" }) {
			var noQuery = this.http.send(this.http.request("/graphql").header("Accept", accept).GET());
			assertThat(noQuery.statusCode()).isEqualTo(400);
			assertThat(graphQlError(noQuery, accept, "BAD_REQUEST").read("$.errors[0].message", String.class))
				.isEqualTo("A GET request needs a 'query' parameter, or the hash of a persisted query in 'extensions'");
		}
	}

	@Test
	void aQueryOverServerSentEventsIsRefusedWith406BeforeItRunsOrCosts() {
		String key = "sse-" + UUID.randomUUID();
		var sse = this.http.send(this.http.request("/graphql").header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.header("X-API-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ fora(first: 2) { totalCount } }\"}")));
		assertThat(sse.statusCode()).isEqualTo(406);
		assertThat(graphQlError(sse, "application/json", "NOT_ACCEPTABLE").read("$.errors[0].message", String.class))
			.isEqualTo("text/event-stream is only for subscriptions: accept application/graphql-response+json "
					+ "(or application/json) for queries and mutations");
		// Nothing was charged: the next request, costing 1, leaves all but 1 point of the budget.
		var next = this.http.post("{ __typename }", Map.of(), Map.of("X-API-Key", key));
		assertThat(GraphQlHttp.parse(next.body()).read("$.extensions.cost.remaining", Integer.class)).isEqualTo(99_999);
	}

	@Test
	void elsewhereErrorsAreProblemDetails() {
		var unknown = this.http.send(this.http.request("/no/such/path").GET());
		assertThat(unknown.statusCode()).isEqualTo(404);
		var problem = problem(unknown, 404, "/no/such/path");
		assertThat(problem.read("$.title", String.class)).isEqualTo("Not Found");
		assertThat(problem.read("$.detail", String.class)).isEqualTo("Nothing is served at /no/such/path");
		assertThat(problem.read("$.type", String.class)).isEqualTo("about:blank");

		var error = this.http.send(this.http.request("/error").GET());
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(problem(error, 404, "/error").read("$.detail", String.class)).isEqualTo("Nothing is served at /error");

		var delete = this.http.send(this.http.request("/actuator/health").DELETE());
		assertThat(delete.statusCode()).isEqualTo(405);
		assertThat(problem(delete, 405, "/actuator/health").read("$.detail", String.class))
			.isEqualTo("The method DELETE is not allowed on /actuator/health");
	}

	@Test
	void theGraphQlRequestHasTheIdOfTheHttpRequest() {
		var response = this.http.send(this.http.request("/graphql").header("Content-Type", "application/json")
			.header("Accept", GRAPHQL_RESPONSE)
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ about \"}")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(graphQlError(response, GRAPHQL_RESPONSE, "InvalidSyntax").read("$.errors[0].message", String.class))
			.isEqualTo("Invalid syntax with offending token '<EOF>' at line 1 column 9");
	}

	private static DocumentContext graphQlError(HttpResponse<String> response, String mediaType, String classification) {
		assertThat(contentType(response)).isEqualTo(mediaType);
		var answer = GraphQlHttp.parse(response.body());
		assertThat(answer.read("$.errors.length()", Integer.class)).isEqualTo(1);
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo(classification);
		assertThat(answer.read("$.errors[0].extensions.correlationId", String.class)).isEqualTo(correlationId(response));
		return answer;
	}

	private static DocumentContext problem(HttpResponse<String> response, int status, String instance) {
		assertThat(contentType(response)).isEqualTo("application/problem+json");
		var problem = GraphQlHttp.parse(response.body());
		assertThat(problem.read("$", Map.class)).containsOnlyKeys("type", "title", "status", "detail", "instance",
				"correlationId");
		assertThat(problem.read("$.status", Integer.class)).isEqualTo(status);
		assertThat(problem.read("$.instance", String.class)).isEqualTo(instance);
		assertThat(problem.read("$.correlationId", String.class)).isEqualTo(correlationId(response));
		return problem;
	}

	private static String correlationId(HttpResponse<?> response) {
		assertThat(response.headers().allValues("X-Correlation-Id")).hasSize(1);
		String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
		assertThat(UUID.fromString(id).toString()).isEqualTo(id);
		return id;
	}

	private static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").map((v) -> v.split(";")[0].strip()).orElse(null);
	}



}
