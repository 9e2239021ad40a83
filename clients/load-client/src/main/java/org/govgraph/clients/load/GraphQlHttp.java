package org.govgraph.clients.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * The HTTP the load client (and the benchmark) speaks: an HTTP/1.1 client that follows no redirect and uses no
 * proxy, and GraphQL requests as JSON {@code POST}s, with an {@code X-API-Key} when one is given.
 */
public final class GraphQlHttp {

	/** What a GraphQL-over-HTTP client accepts. */
	public static final String ACCEPT = "application/graphql-response+json, application/json";

	private GraphQlHttp() {
	}

	public static HttpClient newClient(Duration connectTimeout) {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.proxy(HttpClient.Builder.NO_PROXY)
			.connectTimeout(connectTimeout)
			.build();
	}

	/** A POST of a JSON request body; no {@code X-API-Key} when {@code apiKey} is null or empty. */
	public static HttpRequest post(URI url, String body, String apiKey, Duration timeout) {
		var request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header("Accept", ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (apiKey != null && !apiKey.isEmpty()) {
			request.header("X-API-Key", apiKey);
		}
		return request.build();
	}

}
