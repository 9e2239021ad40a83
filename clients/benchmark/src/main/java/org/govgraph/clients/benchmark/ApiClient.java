package org.govgraph.clients.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.govgraph.clients.load.GraphQlHttp;
import org.govgraph.clients.load.Json;
import org.govgraph.clients.load.Outcomes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as any client sees it: {@code POST /graphql} with the benchmark's {@code X-API-Key}, and the actuator's
 * Prometheus text, over the load client's HTTP ({@link GraphQlHttp}: HTTP/1.1, no proxy, no redirects).
 */
final class ApiClient implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = GraphQlHttp.newClient(Duration.ofSeconds(5));

	private final URI graphQl;

	private final URI prometheus;

	ApiClient(URI graphQl, URI prometheus) {
		this.graphQl = graphQl;
		this.prometheus = prometheus;
	}

	/** The request a GraphQL document is sent as. */
	HttpRequest request(String document) {
		return GraphQlHttp.post(this.graphQl, Json.requestBody(document, Map.of()), ApiProcess.API_KEY, TIMEOUT);
	}

	/** Sends a request; true when it got a 200 without GraphQL errors. */
	boolean send(HttpRequest request) throws IOException, InterruptedException {
		var response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return response.statusCode() == 200 && !Outcomes.hasGraphQlErrors(response.body());
	}

	/** The {@code data} of a document's answer; an exception naming the errors when it has any. */
	JsonNode data(String document) throws IOException, InterruptedException {
		var response = this.http.send(request(document), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || Outcomes.hasGraphQlErrors(response.body())) {
			throw new IllegalStateException("the API answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(500, response.body().length())) + "\nto: " + document);
		}
		return JSON.readTree(response.body()).path("data");
	}

	/** The actuator's Prometheus text. */
	String prometheus() throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(this.prometheus).timeout(Duration.ofSeconds(10)).GET().build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	/** Cypher statements the API has sent ({@code govgraph_cypher_statements_total}, every line summed). */
	double statements() throws IOException, InterruptedException {
		return PrometheusText.sum(prometheus(), "govgraph_cypher_statements_total");
	}

	@Override
	public void close() {
		this.http.close();
	}

}
