package org.govgraph.api.http;

import java.util.List;
import java.util.Map;

import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.RawHttp;
import org.govgraph.api.support.SeededApiTest;
import org.govgraph.api.support.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WebSocket handshake on {@code /graphql} (subscriptions themselves: {@code SubscriptionIT}):
 * a refused handshake is answered like every answer on the path, with a GraphQL error and the
 * request's correlation id, not an empty or plain-text body; requests that are not upgrades still
 * reach GraphQL over HTTP.
 */
class GraphQlOverWebSocketIT extends SeededApiTest {

	static final String KEY = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==";

	@LocalServerPort
	int serverPort;

	private RawHttp.Response handshake(String... headers) {
		var all = new java.util.ArrayList<>(List.of("Upgrade: websocket", "Connection: Upgrade",
				"Sec-WebSocket-Protocol: graphql-transport-ws"));
		all.addAll(List.of(headers));
		return new RawHttp(this.serverPort).send("GET /graphql HTTP/1.1", all.toArray(String[]::new));
	}

	private static void assertGraphQlError(RawHttp.Response response, int status, String classification, String message) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/json");
		var body = response.json();
		assertThat(body.read("$.errors[0].message", String.class)).isEqualTo(message);
		assertThat(body.read("$.errors[0].extensions.classification", String.class)).isEqualTo(classification);
		assertThat(body.read("$.errors[0].extensions.correlationId", String.class))
			.isEqualTo(response.headers().get("x-correlation-id"))
			.isNotBlank();
	}

	@Test
	void aDocumentLargerThanTomcatsDefaultMessageSizeIsAnsweredOverWebSocket() {
		int port = this.serverPort;
		var client = org.springframework.graphql.client.WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + port + "/graphql",
					new org.springframework.web.reactive.socket.client.StandardWebSocketClient())
			.build();
		try {
			var document = "# " + "x".repeat(20_000) + "\n{ about { dataset { checksum } } }";
			var response = client.document(document).execute().block(java.time.Duration.ofSeconds(15));
			assertThat(response.isValid()).isTrue();
			assertThat(response.field("about.dataset.checksum").toEntity(String.class)).hasSize(64);
		}
		finally {
			client.stop().block(java.time.Duration.ofSeconds(5));
		}
	}

	@Test
	void aBrowserFromAnOriginNotListedIsRefusedWithAGraphQlError() {
		var response = handshake("Sec-WebSocket-Version: 13", KEY, "Origin: https://elsewhere.example");
		assertGraphQlError(response, 403, "FORBIDDEN", "The origin https://elsewhere.example may not open a WebSocket "
				+ "to this API: list it in spring.graphql.cors.allowed-origins");
	}

	@Test
	void anUnsupportedWebSocketVersionIs426WithTheVersionSpoken() {
		var response = handshake("Sec-WebSocket-Version: 8", KEY);
		assertGraphQlError(response, 426, "BAD_REQUEST", "This server speaks WebSocket version 13 (Sec-WebSocket-Version: 13)");
		assertThat(response.headers()).containsEntry("sec-websocket-version", "13");
	}

	@Test
	void aHandshakeWithoutItsKeyIs400() {
		var response = handshake("Sec-WebSocket-Version: 13");
		assertGraphQlError(response, 400, "BAD_REQUEST",
				"A WebSocket handshake needs Connection: Upgrade, Upgrade: websocket and a Sec-WebSocket-Key");
	}

	@Test
	void requestsThatAreNotUpgradesStillReachGraphQlOverHttp() {
		// As a subject of its own, so as not to spend the budget of the address all tests share.
		String bearer = TestTokens.bearer("websocket-it");
		var get = new RawHttp(this.serverPort).send("GET /graphql?query=%7B__typename%7D HTTP/1.1",
				"Accept: application/graphql-response+json", "Authorization: " + bearer);
		assertThat(get.status()).isEqualTo(200);
		assertThat(get.json().read("$.data", Map.class)).isEqualTo(Map.of("__typename", "Query"));
		var post = this.http.post("{ __typename }", Map.of(), Map.of("Authorization", bearer));
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(GraphQlHttp.parse(post.body()).read("$.data", Map.class)).isEqualTo(Map.of("__typename", "Query"));
	}

}
