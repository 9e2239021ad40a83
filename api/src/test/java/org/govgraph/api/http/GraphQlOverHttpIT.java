package org.govgraph.api.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govgraph.api.http.GraphQlExchange.GRAPHQL_RESPONSE;
import static org.govgraph.api.http.GraphQlExchange.JSON;
import static org.govgraph.api.http.GraphQlExchange.allow;
import static org.govgraph.api.http.GraphQlExchange.contentType;
import static org.govgraph.api.http.GraphQlExchange.corsHeaders;
import static org.govgraph.api.http.GraphQlExchange.json;

/**
 * GraphQL over HTTP as clients see it, over real HTTP against the seeded graph: media types both
 * ways, the status codes the GraphQL-over-HTTP specification prescribes, GET for queries only,
 * 405 and 406, and CORS with no allowed origin (the default). {@link GraphQlOverHttpWithOriginIT}
 * covers an allowed origin, and statuses and headers set by interceptors.
 */
class GraphQlOverHttpIT extends SeededApiTest {

	static final String TUNIS_AGENDA = "un/wsis/2005/tunis-agenda";

	@LocalServerPort
	int serverPort;

	// --- media types ---------------------------------------------------------------------------

	@Test
	void theResponseMediaTypeFollowsAccept() {
		for (var accept : new String[][] { { GRAPHQL_RESPONSE, GRAPHQL_RESPONSE }, { JSON, JSON },
				{ GRAPHQL_RESPONSE + ", " + JSON, GRAPHQL_RESPONSE }, { JSON + ", " + GRAPHQL_RESPONSE, JSON },
				{ "*/*", JSON }, { null, JSON } }) {
			var response = post("{ __typename }", accept[0]);
			assertThat(response.statusCode()).as("Accept: %s", accept[0]).isEqualTo(200);
			assertThat(contentType(response)).as("Accept: %s", accept[0]).isEqualTo(accept[1]);
			assertThat(json(response).read("$.data", Map.class)).isEqualTo(Map.of("__typename", "Query"));
			assertThat(json(response).read("$.errors", List.class)).isNull();
		}
	}

	@Test
	void aRequestBodyMustBeJson() {
		var plain = send(request("/graphql").header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{ __typename }")));
		assertThat(plain.statusCode()).isEqualTo(415);
		var none = send(request("/graphql").POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")));
		assertThat(none.statusCode()).isEqualTo(415);
	}

	@Test
	void aClientThatAcceptsNeitherJsonMediaTypeGets406() {
		assertThat(post("{ __typename }", "text/html").statusCode()).isEqualTo(406);
		assertThat(get(Map.of("query", "{ __typename }"), "text/html").statusCode()).isEqualTo(406);
		assertThat(post("{ __typename }", "text/html, application/*").statusCode()).isEqualTo(200);
	}

	// --- status codes --------------------------------------------------------------------------

	@Test
	void aSyntaxErrorIs400WithGraphQlResponseJsonAnd200WithJson() {
		var strict = post("{ about ", GRAPHQL_RESPONSE);
		assertThat(strict.statusCode()).isEqualTo(400);
		assertThat(contentType(strict)).isEqualTo(GRAPHQL_RESPONSE);
		assertSyntaxError(json(strict));

		var legacy = post("{ about ", JSON);
		assertThat(legacy.statusCode()).isEqualTo(200);
		assertThat(contentType(legacy)).isEqualTo(JSON);
		assertSyntaxError(json(legacy));
	}

	private static void assertSyntaxError(DocumentContext answer) {
		assertThat(answer.read("$", Map.class)).doesNotContainKey("data");
		assertThat(answer.read("$.errors[*].message", List.class))
			.isEqualTo(List.of("Invalid syntax with offending token '<EOF>' at line 1 column 9"));
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("InvalidSyntax");
		assertThat(answer.read("$.errors[0].locations", List.class)).isEqualTo(List.of(Map.of("line", 1, "column", 9)));
	}

	@Test
	void aValidationErrorIs400WithGraphQlResponseJsonAnd200WithJson() {
		var strict = post("{ nosuchfield }", GRAPHQL_RESPONSE);
		assertThat(strict.statusCode()).isEqualTo(400);
		assertThat(contentType(strict)).isEqualTo(GRAPHQL_RESPONSE);
		assertValidationError(json(strict));

		var legacy = post("{ nosuchfield }", JSON);
		assertThat(legacy.statusCode()).isEqualTo(200);
		assertThat(contentType(legacy)).isEqualTo(JSON);
		assertValidationError(json(legacy));
	}

	private static void assertValidationError(DocumentContext answer) {
		assertThat(answer.read("$", Map.class)).doesNotContainKey("data");
		assertThat(answer.read("$.errors.length()", Integer.class)).isEqualTo(1);
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("ValidationError");
		assertThat(answer.read("$.errors[0].locations", List.class)).isEqualTo(List.of(Map.of("line", 1, "column", 3)));
	}

	@Test
	void aFieldErrorIs200EvenWithGraphQlResponseJson() {
		// Execution started: data is present (null here), so the status is 200 whatever the media type.
		var response = post("{ node(id: \"" + id("Instrument", "no/such/instrument") + "\") { id } }", GRAPHQL_RESPONSE);
		assertThat(response.statusCode()).isEqualTo(200);
		var answer = json(response);
		assertThat(answer.read("$", Map.class)).containsKey("data");
		assertThat(answer.read("$.data.node", Object.class)).isNull();
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("NOT_FOUND");
	}

	@Test
	void aRequestWithoutAQueryIs400() {
		for (String accept : new String[] { GRAPHQL_RESPONSE, JSON }) {
			assertThat(postBody("{\"variables\":{}}", accept).statusCode()).isEqualTo(400);
			assertThat(postBody("{\"query\":null}", accept).statusCode()).isEqualTo(400);
			assertThat(postBody("{ \"not JSON", accept).statusCode()).isEqualTo(400);
			assertThat(get(Map.of(), accept).statusCode()).isEqualTo(400);
			assertThat(get(Map.of("query", ""), accept).statusCode()).isEqualTo(400);
		}
	}

	@Test
	void parametersOfTheWrongTypeAre400NeverCoerced() {
		assertThat(postBody("{\"query\":0}", JSON).statusCode()).isEqualTo(400);
		assertThat(postBody("{\"query\":true}", JSON).statusCode()).isEqualTo(400);
		assertThat(postBody("{\"query\":\"{ __typename }\",\"operationName\":1}", JSON).statusCode()).isEqualTo(400);
		assertThat(postBody("{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", JSON).statusCode()).isEqualTo(400);
		assertThat(postBody("{\"query\":\"{ __typename }\",\"extensions\":[]}", JSON).statusCode()).isEqualTo(400);
		assertThat(get(Map.of("query", "{ __typename }", "variables", "[1]"), JSON).statusCode()).isEqualTo(400);
		assertThat(get(Map.of("query", "{ __typename }", "variables", "{not json"), JSON).statusCode()).isEqualTo(400);
		assertThat(get(Map.of("query", "{ __typename }", "extensions", "\"x\""), JSON).statusCode()).isEqualTo(400);
	}

	// --- GET -----------------------------------------------------------------------------------

	@Test
	void aQueryWorksOverGetWithVariablesOperationNameAndExtensions() {
		var params = new LinkedHashMap<String, String>();
		params.put("query", """
				query Other { __typename }
				query Title($id: ID!) { node(id: $id) { ... on Instrument { key title } } }""");
		params.put("operationName", "Title");
		params.put("variables", "{\"id\":\"" + id("Instrument", TUNIS_AGENDA) + "\"}");
		params.put("extensions", "{\"client\":\"it\"}");
		for (String accept : new String[] { GRAPHQL_RESPONSE, JSON }) {
			var response = get(params, accept);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(contentType(response)).isEqualTo(accept);
			assertThat(json(response).read("$.data", Map.class)).isEqualTo(
					Map.of("node", Map.of("key", TUNIS_AGENDA, "title", "Tunis Agenda for the Information Society")));
			assertThat(json(response).read("$.errors", List.class)).isNull();
		}
	}

	@Test
	void getRequestErrorsHaveTheSameStatusesAsPost() {
		var syntax = get(Map.of("query", "{ about "), GRAPHQL_RESPONSE);
		assertThat(syntax.statusCode()).isEqualTo(400);
		assertSyntaxError(json(syntax));
		var validation = get(Map.of("query", "{ nosuchfield }"), JSON);
		assertThat(validation.statusCode()).isEqualTo(200);
		assertValidationError(json(validation));
	}

	@Test
	void aMutationOverGetIs405WithAllowPostAndTheSameOverPostRuns() {
		for (String accept : new String[] { GRAPHQL_RESPONSE, JSON }) {
			var response = get(Map.of("query", "mutation { __typename }"), accept);
			assertThat(response.statusCode()).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).hasValue("POST");
			assertThat(contentType(response)).isEqualTo(accept);
			assertThat(json(response).read("$.errors[*].message", List.class))
				.isEqualTo(List.of("Mutations are not allowed over GET: send them with POST."));
			assertThat(json(response).read("$", Map.class)).doesNotContainKey("data");
		}
		// The operation selected by operationName decides: selecting the query runs it, over GET.
		String both = "query Q { __typename } mutation M { __typename }";
		assertThat(get(Map.of("query", both, "operationName", "M"), JSON).statusCode()).isEqualTo(405);
		var query = get(Map.of("query", both, "operationName", "Q"), GRAPHQL_RESPONSE);
		assertThat(query.statusCode()).isEqualTo(200);
		assertThat(json(query).read("$.data", Map.class)).isEqualTo(Map.of("__typename", "Query"));
		// Over POST the same mutation runs (it selects only __typename, so it needs no token).
		var post = post("mutation { __typename }", GRAPHQL_RESPONSE);
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(json(post).read("$.data", Map.class)).isEqualTo(Map.of("__typename", "Mutation"));
	}

	@Test
	void otherMethodsAre405WithAllowGetAndPost() {
		for (String method : new String[] { "PUT", "PATCH", "DELETE", "OPTIONS" }) {
			var response = send(request("/graphql").header("Content-Type", JSON)
				.method(method, HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")));
			assertThat(response.statusCode()).as(method).isEqualTo(405);
			assertThat(allow(response)).as(method).isEqualTo(Set.of("GET", "POST"));
		}
	}

	// --- CORS ----------------------------------------------------------------------------------

	@Test
	void noOriginGetsCorsHeadersByDefault() {
		var simple = send(request("/graphql").header("Content-Type", JSON)
			.header("Origin", "https://app.example.org")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")));
		assertThat(simple.statusCode()).isEqualTo(200);
		assertThat(corsHeaders(simple)).isEmpty();
		var preflight = this.exchange.preflight("https://app.example.org", "POST");
		assertThat(corsHeaders(preflight)).isEmpty();
	}

	// --- HTTP ---------------------------------------------------------------------------------

	private GraphQlExchange exchange;

	@BeforeEach
	void exchange() {
		this.exchange = new GraphQlExchange(this.serverPort);
	}

	private HttpRequest.Builder request(String pathAndQuery) {
		return this.exchange.request(pathAndQuery);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return this.exchange.send(request);
	}

	private HttpResponse<String> post(String query, String accept) {
		return this.exchange.post(query, accept);
	}

	private HttpResponse<String> postBody(String body, String accept) {
		return this.exchange.postBody(body, accept);
	}

	private HttpResponse<String> get(Map<String, String> params, String accept) {
		return this.exchange.get(params, accept);
	}

}
