package org.govgraph.api.fuzz;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.govgraph.api.support.SchemaDocuments;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated requests over every root field of the schema, with random arguments
 * (see {@link SchemaDocuments}), over HTTP: none may answer with a 5xx other than the documented
 * 503 and 504, an {@code INTERNAL_ERROR}, a body that is not JSON, or later than the request
 * timeout and a margin. A failure lists the seed and the index of each failing request, so it
 * can be generated again.
 */
@TestPropertySource(properties = "govgraph.limits.cost-per-minute=1000000000")
class SchemaFuzzIT extends SeededApiTest {

	static final long SEED = 20261201L;

	static final int REQUESTS = Integer.getInteger("govgraph.fuzz.requests", 2_500);

	/** The request timeout (5 s) and a margin for a busy machine. */
	static final Duration SLOWEST = Duration.ofSeconds(7);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Autowired
	GraphQlSource graphQlSource;

	@LocalServerPort
	int serverPort;

	@Test
	void generatedRequestsOverEveryRootFieldNeverBreakTheServer() throws Exception {
		var documents = new SchemaDocuments(this.graphQlSource.schema(), SEED);
		var failures = new ArrayList<String>();
		var fields = new java.util.TreeSet<String>();
		int withData = 0;
		for (int i = 0; i < REQUESTS; i++) {
			var request = documents.next();
			fields.add(request.query().replaceFirst("^query(\\([^)]*\\))? \\{ ", "").replaceFirst("[ ({].*", ""));
			long started = System.nanoTime();
			HttpResponse<String> response = send(request);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			String problem = problem(response, took);
			if (problem != null) {
				failures.add("#" + i + " " + problem + " for " + abbreviate(request.query()) + " "
						+ abbreviate(String.valueOf(request.variables())) + " → " + abbreviate(response.body()));
			}
			else if (response.body().contains("\"data\":{")) {
				withData++;
			}
		}
		assertThat(failures).as("generated requests (seed %d) that broke the server", SEED).isEmpty();
		assertThat(fields).as("every root field was exercised")
			.containsAll(this.graphQlSource.schema().getQueryType().getFieldDefinitions().stream().map((f) -> f.getName()).toList());
		assertThat(withData).as("many generated requests are valid and answered with data").isGreaterThan(REQUESTS / 4);
	}

	private static String problem(HttpResponse<String> response, Duration took) {
		int status = response.statusCode();
		if (status >= 500 && status != 503 && status != 504) {
			return "HTTP " + status;
		}
		if (took.compareTo(SLOWEST) > 0) {
			return "answered after " + took.toMillis() + " ms";
		}
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		if (!contentType.contains("json")) {
			return "content type '" + contentType + "'";
		}
		Object body;
		try {
			body = JSON.readValue(response.body(), Object.class);
		}
		catch (RuntimeException ex) {
			return "a body that is not JSON";
		}
		if (!(body instanceof Map<?, ?> map) || !(map.containsKey("data") || map.containsKey("errors"))) {
			return "a body that is not a GraphQL response";
		}
		if (response.body().contains("INTERNAL_ERROR")) {
			return "INTERNAL_ERROR";
		}
		if (map.get("errors") instanceof List<?> errors && errors.stream()
			.anyMatch((e) -> !(e instanceof Map<?, ?> error) || !(error.get("extensions") instanceof Map<?, ?> extensions)
					|| extensions.get("correlationId") == null)) {
			return "an error without a correlation id";
		}
		return null;
	}

	private HttpResponse<String> send(SchemaDocuments.Request request) throws Exception {
		URI base = URI.create("http://127.0.0.1:" + this.serverPort + "/graphql");
		HttpRequest.Builder builder;
		String uri = base + "?query=" + URLEncoder.encode(request.query(), StandardCharsets.UTF_8)
				+ (request.variables().isEmpty() ? ""
						: "&variables=" + URLEncoder.encode(JSON.writeValueAsString(request.variables()), StandardCharsets.UTF_8));
		// A request line longer than Tomcat's 8 KiB header limit is refused before its path is known
		// (problem details; HostileHttpIT covers it): long documents go by POST, as clients send them.
		if (request.get() && uri.length() < 8_000) {
			builder = HttpRequest.newBuilder(URI.create(uri)).GET();
		}
		else {
			var body = new java.util.LinkedHashMap<String, Object>();
			body.put("query", request.query());
			body.put("variables", request.variables());
			builder = HttpRequest.newBuilder(base)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		return this.client.send(builder.timeout(Duration.ofSeconds(30)).header("Accept", "application/graphql-response+json").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
	}

}
