package org.govgraph.api;

import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.model.embedded.EmbeddedNeo4j;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a random port, queried over HTTP like a front-end would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphQlEndToEndIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.get().registerProperties(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void answersTypename() {
		var response = new GraphQlHttp(this.port).post("{__typename}", java.util.Map.of());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
	}

	@Test
	void healthIsUpWithNeo4jAndReadiness() {
		var http = new GraphQlHttp(this.port);
		var health = com.jayway.jsonpath.JsonPath.parse(http.get("/actuator/health").body());
		assertThat(health.read("$.status", String.class)).isEqualTo("UP");
		assertThat(health.read("$.components.neo4j.status", String.class)).isEqualTo("UP");
		var readiness = http.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(com.jayway.jsonpath.JsonPath.parse(readiness.body()).read("$.components.neo4j.status", String.class))
			.isEqualTo("UP");
	}

	@Test
	void servesTheSchemaAndGraphiql() {
		var http = new GraphQlHttp(this.port);
		assertThat(http.get("/graphql/schema").body()).contains("type Query {").contains("about: About!");
		var graphiql = http.get("/graphiql");
		assertThat(graphiql.statusCode()).isIn(200, 302, 307);
	}

	@Test
	void startsNoEmbeddedNeo4jWhenGivenAUri() {
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
	}

}
