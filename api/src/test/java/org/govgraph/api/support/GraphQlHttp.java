package org.govgraph.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import tools.jackson.databind.json.JsonMapper;

/** Sends GraphQL requests over real HTTP, as a front-end would. */
public final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	public GraphQlHttp(int port) {
		this.base = URI.create("http://127.0.0.1:" + port);
	}

	/** Posts a query with variables and returns the HTTP response. */
	public HttpResponse<String> post(String query, Map<String, Object> variables) {
		return post(query, variables, Map.of());
	}

	/** Posts a query with variables and extra headers (an {@code X-API-Key}, say) and returns the HTTP response. */
	public HttpResponse<String> post(String query, Map<String, Object> variables, Map<String, String> headers) {
		var body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
		var request = HttpRequest.newBuilder(this.base.resolve("/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	/** Posts a query and returns its JSON answer, failing unless the status is 200. */
	public DocumentContext query(String query, Map<String, Object> variables) {
		var response = post(query, variables);
		if (response.statusCode() != 200) {
			throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
		}
		return parse(response.body());
	}

	/** A JSON answer in which a path that is absent reads as null (so {@code $.errors} of a clean answer is null). */
	public static DocumentContext parse(String json) {
		return JsonPath.using(Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS)).parse(json);
	}

	public DocumentContext query(String query) {
		return query(query, Map.of());
	}

	/** A request to a path of the server, with the timeout every request here has; add its method and headers. */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofSeconds(30));
	}

	/** Sends a request built on {@link #request(String)} and returns the HTTP response. */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request.build());
	}

	/** GETs a path of the server. */
	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).GET().build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
