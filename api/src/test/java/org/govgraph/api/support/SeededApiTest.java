package org.govgraph.api.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application on a random port over the test Neo4j, seeded with the curated dataset at startup. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SeededApiTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.get().registerProperties(registry);
	}

	@LocalServerPort
	int port;

	protected GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
	}

	/** The global ID of a node, as the API encodes it. */
	protected static String id(String label, String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((label + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

}
