package org.govgraph.api;

import org.govgraph.model.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a random port, queried over HTTP like a front-end would. */
class GraphQlEndToEndIT extends org.govgraph.api.support.SeededApiTest {

	@Autowired
	ApplicationContext context;

	@Test
	void answersTypename() {
		var response = this.http.post("{__typename}", java.util.Map.of());
		assertThat(response.statusCode()).isEqualTo(200);
		var answer = org.govgraph.api.support.GraphQlHttp.parse(response.body());
		assertThat(answer.read("$.data", java.util.Map.class)).isEqualTo(java.util.Map.of("__typename", "Query"));
		assertThat(answer.read("$.errors", Object.class)).isNull();
		// Every response says what it cost: {__typename} is one point.
		assertThat(answer.read("$.extensions.cost.requested", Integer.class)).isEqualTo(1);
	}

	@Test
	void healthIsUpWithNeo4jAndReadiness() {
		var http = this.http;
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
		var http = this.http;
		assertThat(http.get("/graphql/schema").body()).contains("type Query {").contains("about: About!");
		var graphiql = http.get("/graphiql");
		assertThat(graphiql.statusCode()).isIn(200, 302, 307);
	}

	@Test
	void startsNoEmbeddedNeo4jWhenGivenAUri() {
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
	}

}
