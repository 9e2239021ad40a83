package org.govgraph.api.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.security.HmacSecret;
import org.govgraph.api.security.JwtProperties;
import org.govgraph.api.security.TokenCommand;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port over the Neo4j server kept for tests that write,
 * seeded with the dataset; with bearer tokens signed by the application's HMAC key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CuratedApiTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.forWrites().registerProperties(registry);
	}

	@LocalServerPort
	protected int port;

	@Value("${govgraph.security.jwt.hmac-secret}")
	String secret;

	protected GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
	}

	/** A valid token of the application's issuer for this subject and roles, for an hour. */
	protected String token(String subject, String... roles) {
		return TokenCommand.mint(HmacSecret.decode(this.secret), new TokenCommand.Claims(subject, List.of(roles),
				JwtProperties.DEFAULT_ISSUER, Instant.now(), Duration.ofHours(1)));
	}

	/** Sends a mutation (or query) with a curator's bearer token and reads the JSON answer. */
	protected DocumentContext asCurator(String query, Map<String, Object> variables) {
		return GraphQlHttp.parse(this.http.post(query, variables, Map.of("Authorization",
				"Bearer " + token("alice", "CURATOR"))).body());
	}

	/** The global ID of a node, as the API encodes it. */
	protected static String id(String label, String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((label + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

}
