package org.govgraph.api.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;

import org.govgraph.api.GovernanceGraphApplication;
import org.govgraph.model.embedded.EmbeddedNeo4j;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default: data written before a stop is there after a restart on the same directory. */
class EmbeddedNeo4jRestartIT {

	@Test
	void dataSurvivesARestart() {
		Path dataDirectory = TestNeo4j.newHomeDirectory();

		try (var first = start(dataDirectory)) {
			var uri = first.getBean(EmbeddedNeo4j.class).boltUri();
			// A plain Bolt client, as cypher-shell would connect.
			try (Driver bolt = GraphDatabase.driver(uri, AuthTokens.none()); var session = bolt.session()) {
				assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
				session.run("CREATE (:RestartProbe {name: 'written before the stop'})").consume();
			}
		}
		assertThat(Files.isDirectory(dataDirectory.resolve("data/databases/neo4j"))).isTrue();

		try (var second = start(dataDirectory)) {
			try (var session = second.getBean(Driver.class).session()) {
				var names = session.run("MATCH (p:RestartProbe) RETURN p.name AS name")
					.list((record) -> record.get("name").asString());
				assertThat(names).containsExactly("written before the stop");
			}
		}
	}

	private static ConfigurableApplicationContext start(Path dataDirectory) {
		return new SpringApplicationBuilder(GovernanceGraphApplication.class).run("--server.port=0",
				"--govgraph.embedded-neo4j.data-directory=" + dataDirectory, "--govgraph.embedded-neo4j.port=0");
	}

}
