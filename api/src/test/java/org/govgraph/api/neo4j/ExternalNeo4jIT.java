package org.govgraph.api.neo4j;

import java.util.Map;

import org.govgraph.api.GovernanceGraphApplication;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.model.embedded.EmbeddedNeo4j;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code spring.neo4j.uri} set, no embedded Neo4j starts and the app serves from the given one. */
class ExternalNeo4jIT {

	@Test
	void servesFromTheExternalNeo4j() {
		// A Neo4j of its own, so what this test writes touches no other test's data.
		try (var external = EmbeddedNeo4j.start(TestNeo4j.newHomeDirectory(), "127.0.0.1", 0, 32L * 1024 * 1024)) {
			try (var driver = GraphDatabase.driver(external.boltUri(), AuthTokens.none()); var session = driver.session()) {
				session.run("""
						CREATE (:Dataset {name: 'governance', checksum: 'written-to-the-external-server',
						                  loadedAt: datetime('2026-11-23T00:00:00Z')})
						""").consume();
			}
			try (var app = new SpringApplicationBuilder(GovernanceGraphApplication.class).run("--server.port=0",
					"--spring.neo4j.uri=" + external.boltUri(),
					// A database curated by other means: the app serves what is there, it loads nothing.
					"--govgraph.dataset.load-on-startup=false")) {
				assertThat(app.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				var answer = new GraphQlHttp(port).query("{ about { dataset { checksum loadedAt } } }", Map.of());
				assertThat(answer.read("$.data.about.dataset.checksum", String.class))
					.isEqualTo("written-to-the-external-server");
				assertThat(answer.read("$.data.about.dataset.loadedAt", String.class)).isEqualTo("2026-11-23T00:00:00.000Z");
			}
		}
	}

}
