package org.govgraph.api.abuse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.RawHttp;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile HTTP, below GraphQL: request bodies that are JSON but not objects, wildcard and missing
 * content types, oversized chunked bodies, malformed request lines and headers. Every answer is
 * JSON, with the status that says what is wrong and the correlation id of the
 * {@code X-Correlation-Id} header in its body; none executes anything.
 */
class HostileHttpIT extends SeededApiTest {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final String BODY_SHAPE = "The request body must be a JSON object: {\"query\": string, "
			+ "\"operationName\": string, \"variables\": object, \"extensions\": object}";

	@LocalServerPort
	int serverPort;

	@Test
	void aJsonBodyThatIsNotAnObjectIs400WithAGraphQlError() {
		for (String body : new String[] { "null", "[]", "\"x\"", "1", "true" }) {
			var response = post(body, "application/json", "application/graphql-response+json");
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			var error = graphQlError(response, "application/graphql-response+json", "BAD_REQUEST");
			assertThat(error.read("$.errors[0].message", String.class)).as(body).isEqualTo(BODY_SHAPE);
		}
		var noQuery = post("{\"query\": null}", "application/json", "application/json");
		assertThat(noQuery.statusCode()).isEqualTo(400);
		assertThat(graphQlError(noQuery, "application/json", "BAD_REQUEST").read("$.errors[0].message", String.class))
			.isEqualTo("No 'query'");
	}

	@Test
	void aWildcardOrMissingContentTypeIs415WithAGraphQlError() {
		for (String type : new String[] { "*/*", "application/*", "text/*" }) {
			var response = post("{\"query\":\"{ __typename }\"}", type, "application/graphql-response+json");
			assertThat(response.statusCode()).as(type).isEqualTo(415);
			assertThat(response.headers().firstValue("Accept-Post")).as(type).hasValue("application/json");
			var error = graphQlError(response, "application/graphql-response+json", "UNSUPPORTED_MEDIA_TYPE");
			assertThat(error.read("$.errors[0].message", String.class)).as(type).isEqualTo("The Content-Type " + type
					+ " is a wildcard; send the body's own media type, application/json for GraphQL");
		}
		var missing = post("{\"query\":\"{ __typename }\"}", null, "application/json");
		assertThat(missing.statusCode()).isEqualTo(415);
		assertThat(graphQlError(missing, "application/json", "UNSUPPORTED_MEDIA_TYPE").read("$.errors[0].message",
				String.class))
			.isEqualTo("The request has no Content-Type; POST the request as application/json");
	}

	@Test
	void aWildcardContentTypeElsewhereIs415WithAProblemDetail() {
		var response = send(HttpRequest.newBuilder(uri("/actuator/health"))
			.header("Content-Type", "*/*")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(contentType(response)).isEqualTo("application/problem+json");
		var problem = GraphQlHttp.parse(response.body());
		assertThat(problem.read("$.status", Integer.class)).isEqualTo(415);
		assertThat(problem.read("$.instance", String.class)).isEqualTo("/actuator/health");
		assertThat(problem.read("$.correlationId", String.class)).isEqualTo(correlationId(response));
	}

	@Test
	void aChunkedBodyOverTheLimitIs413LikeATooLargeContentLength() {
		// 1 MB without Content-Length: the server stops reading at 128 KiB + 1 byte.
		byte[] padding = new byte[1024 * 1024];
		Arrays.fill(padding, (byte) ' ');
		byte[] body = concat(padding, "{\"query\":\"{ __typename }\"}".getBytes());
		var response = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("X-API-Key", "chunked-" + UUID.randomUUID())
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
		assertThat(response.statusCode()).isEqualTo(413);
		var error = graphQlError(response, "application/json", "REQUEST_TOO_LARGE");
		assertThat(error.read("$.errors[0].message", String.class))
			.isEqualTo("The request body has more than 131072 bytes, at most 131072");
		assertThat(error.read("$.errors[0].extensions.limit", String.class)).isEqualTo("requestSize");
		assertThat(error.read("$.errors[0].extensions.max", Integer.class)).isEqualTo(131_072);

		// A chunked body within the limit is read once, by the filter, and executed as any other.
		var small = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream("{\"query\":\"{ __typename }\"}".getBytes()))));
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(GraphQlHttp.parse(small.body()).read("$.data", Map.class)).isEqualTo(Map.of("__typename", "Query"));
	}

	@Test
	void malformedRequestLinesAndHeadersAreAnsweredInJsonByTomcat() {
		var raw = new RawHttp(this.serverPort);
		var nul = raw.send("GET /graphql%00 HTTP/1.1");
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.contentType()).isEqualTo("application/problem+json");
		assertThat(nul.json().read("$.title", String.class)).isEqualTo("Bad Request");
		assertThat(nul.json().read("$.status", Integer.class)).isEqualTo(400);
		assertThat(nul.json().read("$.correlationId", String.class)).isEqualTo(nul.headers().get("x-correlation-id"))
			.hasSize(36);

		var angle = raw.send("GET /graphql?query=<x> HTTP/1.1");
		assertThat(angle.status()).isEqualTo(400);
		assertThat(angle.contentType()).isEqualTo("application/problem+json");
		assertThat(angle.json().read("$.detail", String.class)).isEqualTo(
				"The request is malformed: its request line, target or headers are not valid HTTP, or there are too many headers");
		assertThat(angle.json().read("$.correlationId", String.class)).isEqualTo(angle.headers().get("x-correlation-id"));

		var headers = new String[200];
		for (int i = 0; i < headers.length; i++) {
			headers[i] = "X-Header-" + i + ": " + i;
		}
		var many = raw.send("GET /graphql?query=%7B__typename%7D HTTP/1.1", headers);
		assertThat(many.status()).isEqualTo(400);
		assertThat(many.contentType()).isEqualTo("application/json");
		assertThat(many.json().read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(many.json().read("$.errors[0].extensions.correlationId", String.class))
			.isEqualTo(many.headers().get("x-correlation-id"))
			.hasSize(36);
	}

	@Test
	void bracketsInTheQueryStringReachTheEndpointAndAreAGraphQlError() {
		var brackets = new RawHttp(this.serverPort).send("GET /graphql?query[]=x HTTP/1.1",
				"Accept: application/graphql-response+json");
		assertThat(brackets.status()).isEqualTo(400);
		assertThat(brackets.contentType()).isEqualTo("application/graphql-response+json");
		assertThat(brackets.json().read("$.errors[0].message", String.class))
			.isEqualTo("A GET request needs a 'query' parameter, or the hash of a persisted query in 'extensions'");
		assertThat(brackets.json().read("$.errors[0].extensions.correlationId", String.class))
			.isEqualTo(brackets.headers().get("x-correlation-id"));
	}

	/** The single error of a GraphQL error answer, checked: its media type, classification and correlation id. */
	private static DocumentContext graphQlError(HttpResponse<String> response, String mediaType, String classification) {
		assertThat(contentType(response)).isEqualTo(mediaType);
		var answer = GraphQlHttp.parse(response.body());
		assertThat(answer.read("$", Map.class)).containsOnlyKeys("errors");
		assertThat(answer.read("$.errors.length()", Integer.class)).isEqualTo(1);
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo(classification);
		assertThat(answer.read("$.errors[0].extensions.correlationId", String.class)).isEqualTo(correlationId(response))
			.hasSize(36);
		return answer;
	}

	private static String correlationId(HttpResponse<?> response) {
		assertThat(response.headers().allValues("X-Correlation-Id")).hasSize(1);
		return response.headers().firstValue("X-Correlation-Id").orElseThrow();
	}

	private static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").map((v) -> v.split(";")[0].strip()).orElse(null);
	}

	private HttpResponse<String> post(String body, String contentType, String accept) {
		var request = HttpRequest.newBuilder(uri("/graphql")).header("Accept", accept);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.serverPort + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
