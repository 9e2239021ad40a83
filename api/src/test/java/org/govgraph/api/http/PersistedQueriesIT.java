package org.govgraph.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govgraph.api.http.GraphQlExchange.GRAPHQL_RESPONSE;
import static org.govgraph.api.http.GraphQlExchange.JSON;
import static org.govgraph.api.http.GraphQlExchange.contentType;
import static org.govgraph.api.http.GraphQlExchange.json;

/**
 * Automatic persisted queries as Apollo's and urql's clients use them, over POST and GET, with
 * real SHA-256 hashes: an unknown hash is {@code PersistedQueryNotFound}, the query sent with its
 * hash registers it, the hash alone then runs it, a hash that is not the query's is a
 * {@code BAD_REQUEST}, and a persisted mutation is still refused over GET. Also the HTTP caching
 * headers of GET and POST answers.
 */
class PersistedQueriesIT extends SeededApiTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@LocalServerPort
	int serverPort;

	private GraphQlExchange exchange;

	@BeforeEach
	void exchange() {
		this.exchange = new GraphQlExchange(this.serverPort);
	}

	@Test
	void anUnknownHashIsNotFoundThenTheQueryWithItsHashRegistersItAndTheHashAloneRunsIt() {
		String query = "query PersistedForaPost { fora(first: 1) { totalCount } }";
		String hash = sha256(query);

		var unknown = post(null, hash);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertNotFound(json(unknown), hash, unknown.headers().firstValue("X-Correlation-Id").orElseThrow());

		var register = post(query, hash);
		assertThat(register.statusCode()).isEqualTo(200);
		assertThat(json(register).read("$.data.fora.totalCount", Integer.class)).isEqualTo(16);

		var hit = post(null, hash);
		assertThat(hit.statusCode()).isEqualTo(200);
		assertThat(contentType(hit)).isEqualTo(GRAPHQL_RESPONSE);
		assertThat(json(hit).read("$.data", Map.class)).isEqualTo(Map.of("fora", Map.of("totalCount", 16)));
		assertThat(json(hit).read("$.errors", List.class)).isNull();
		assertThat(hit.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void overGetTooWithHttpCaching() {
		String query = "query PersistedForaGet { fora(first: 1) { totalCount } }";
		String hash = sha256(query);

		var unknown = get(null, hash);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertNotFound(json(unknown), hash, unknown.headers().firstValue("X-Correlation-Id").orElseThrow());
		assertThat(unknown.headers().firstValue("Cache-Control")).hasValue("no-store");

		assertThat(get(query, hash).statusCode()).isEqualTo(200);

		var hit = get(null, hash);
		assertThat(hit.statusCode()).isEqualTo(200);
		assertThat(json(hit).read("$.data", Map.class)).isEqualTo(Map.of("fora", Map.of("totalCount", 16)));
		assertThat(hit.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		assertThat(hit.headers().firstValue("Vary")).hasValue("Accept");
	}

	@Test
	void aHashThatIsNotTheQuerysIsABadRequest() {
		String query = "{ fora(first: 1) { totalCount } }";
		String other = sha256("{ __typename }");
		var response = post(query, other);
		assertThat(response.statusCode()).isEqualTo(400);
		var answer = json(response);
		assertThat(answer.read("$", Map.class)).doesNotContainKey("data");
		assertThat(answer.read("$.errors[0].message", String.class)).isEqualTo(
				"PersistedQueryIdInvalid: the sha256Hash is not the SHA-256 of the query sent with it (hex of the query's UTF-8 bytes)");
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(answer.read("$.errors[0].extensions.code", String.class)).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
		assertThat(answer.read("$.errors[0].extensions.correlationId", String.class))
			.isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
		// Nothing was registered under the wrong hash.
		assertThat(json(post(null, other)).read("$.errors[0].message", String.class)).isEqualTo("PersistedQueryNotFound");
	}

	@Test
	void aPersistedMutationIsRefusedOverGetByItsHashAlone() {
		String mutation = "mutation Create { createTopic(input: {name: \"Persisted\", kind: THEME, provenance: []}) { userErrors { code } } }";
		String hash = sha256(mutation);
		var register = post(mutation, hash);
		assertThat(register.statusCode()).isEqualTo(200);
		// Sent without a token: refused, nothing written; the document is registered all the same.
		assertThat(json(register).read("$.errors[0].extensions.classification", String.class)).isEqualTo("UNAUTHORIZED");

		for (String query : new String[] { null, mutation }) {
			var response = get(query, hash);
			assertThat(response.statusCode()).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).hasValue("POST");
			assertThat(json(response).read("$.errors[0].message", String.class))
				.isEqualTo("Mutations are not allowed over GET: send them with POST.");
			assertThat(json(response).read("$.errors[0].extensions.correlationId", String.class))
				.isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
		}
	}

	@Test
	void getAnswersWithErrorsAndPostAnswersAreNotStored() {
		var ok = this.exchange.get(Map.of("query", "{ __typename }"), JSON);
		assertThat(ok.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		var invalid = this.exchange.get(Map.of("query", "{ nosuchfield }"), JSON);
		assertThat(invalid.headers().firstValue("Cache-Control")).hasValue("no-store");
		var post = this.exchange.post("{ __typename }", JSON);
		assertThat(post.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	private static void assertNotFound(DocumentContext answer, String hash, String correlationId) {
		assertThat(answer.read("$", Map.class)).doesNotContainKey("data");
		assertThat(answer.read("$.errors.length()", Integer.class)).isEqualTo(1);
		assertThat(answer.read("$.errors[0].message", String.class)).isEqualTo("PersistedQueryNotFound");
		assertThat(answer.read("$.errors[0].extensions.code", String.class)).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("PersistedQueryNotFound");
		assertThat(answer.read("$.errors[0].extensions.persistedQueryId", String.class)).isEqualTo(hash);
		assertThat(answer.read("$.errors[0].extensions.correlationId", String.class)).isEqualTo(correlationId);
	}

	private java.net.http.HttpResponse<String> post(String query, String hash) {
		var body = new LinkedHashMap<String, Object>();
		if (query != null) {
			body.put("query", query);
		}
		body.put("extensions", extensions(hash));
		return this.exchange.postBody(MAPPER.writeValueAsString(body), GRAPHQL_RESPONSE);
	}

	private java.net.http.HttpResponse<String> get(String query, String hash) {
		var params = new LinkedHashMap<String, String>();
		if (query != null) {
			params.put("query", query);
		}
		params.put("extensions", MAPPER.writeValueAsString(extensions(hash)));
		return this.exchange.get(params, GRAPHQL_RESPONSE);
	}

	private static Map<String, Object> extensions(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
