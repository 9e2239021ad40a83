package org.govgraph.api.neo4j;

import java.util.ArrayList;
import java.util.Map;

import org.govgraph.api.GovernanceGraphApplication;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.model.embedded.EmbeddedNeo4j;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code spring.neo4j.uri} set, no embedded Neo4j starts and the app serves from the given one. */
class ExternalNeo4jIT {

	@Test
	void servesFromTheExternalNeo4j() {
		var external = TestNeo4j.get();
		try (var driver = external.newDriver(); var session = driver.session()) {
			session.run("""
					MERGE (d:Dataset {name: 'governance'})
					SET d.checksum = 'written-to-the-external-server', d.loadedAt = datetime('2026-11-23T00:00:00Z')
					""").consume();
		}
		var args = new ArrayList<>(external.springArguments());
		args.add("--server.port=0");
		try (var app = new SpringApplicationBuilder(GovernanceGraphApplication.class).run(args.toArray(String[]::new))) {
			assertThat(app.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			var answer = new GraphQlHttp(port).query("{ about { dataset { checksum loadedAt } } }", Map.of());
			assertThat(answer.read("$.data.about.dataset.checksum", String.class)).isEqualTo("written-to-the-external-server");
			assertThat(answer.read("$.data.about.dataset.loadedAt", String.class)).isEqualTo("2026-11-23T00:00:00.000Z");
		}
		finally {
			external.clear();
		}
	}

}
