package org.govgraph.api.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.support.GraphQlHttp;
import tools.jackson.databind.json.JsonMapper;

/** Raw HTTP exchanges with the GraphQL endpoint: any method, any headers, the response as it comes. */
final class GraphQlExchange {

	static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	static final String JSON = "application/json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	GraphQlExchange(int port) {
		this.port = port;
	}

	HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.timeout(Duration.ofSeconds(30));
	}

	/** POSTs {@code {"query": query}} as application/json; no Accept header when accept is null. */
	HttpResponse<String> post(String query, String accept) {
		return postBody(MAPPER.writeValueAsString(Map.of("query", query)), accept);
	}

	HttpResponse<String> postBody(String body, String accept) {
		var builder = request("/graphql").header("Content-Type", JSON);
		if (accept != null) {
			builder.header("Accept", accept);
		}
		return send(builder.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** GETs /graphql with the parameters URL-encoded; no Accept header when accept is null. */
	HttpResponse<String> get(Map<String, String> params, String accept) {
		var builder = request(path(params));
		if (accept != null) {
			builder.header("Accept", accept);
		}
		return send(builder.GET());
	}

	/** /graphql with these URL parameters. */
	static String path(Map<String, String> params) {
		String query = params.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return "/graphql" + (query.isEmpty() ? "" : "?" + query);
	}

	/** A CORS preflight for a request with this method and a Content-Type header. */
	HttpResponse<String> preflight(String origin, String method) {
		return send(request("/graphql").header("Origin", origin)
			.header("Access-Control-Request-Method", method)
			.header("Access-Control-Request-Headers", "content-type")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The media type of the response, without parameters; null when there is none. */
	static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").map((v) -> v.split(";")[0].strip()).orElse(null);
	}

	/** The methods of the Allow header. */
	static Set<String> allow(HttpResponse<?> response) {
		return response.headers()
			.allValues("Allow")
			.stream()
			.flatMap((v) -> Arrays.stream(v.split(",")))
			.map(String::strip)
			.collect(Collectors.toSet());
	}

	/** The CORS response headers, by lower-case name, each with its values joined by ", ". */
	static Map<String, String> corsHeaders(HttpResponse<?> response) {
		return response.headers()
			.map()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().toLowerCase().startsWith("access-control-"))
			.collect(Collectors.toMap((e) -> e.getKey().toLowerCase(), (e) -> String.join(", ", e.getValue())));
	}

	static DocumentContext json(HttpResponse<String> response) {
		return GraphQlHttp.parse(response.body());
	}

}
