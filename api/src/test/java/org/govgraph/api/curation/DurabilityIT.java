package org.govgraph.api.curation;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.govgraph.api.security.HmacSecret;
import org.govgraph.api.security.JwtProperties;
import org.govgraph.api.security.TokenCommand;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write survives {@code kill -9}: the packaged application runs as its own
 * process on an embedded Neo4j in a fresh data directory, answers a curator's create, is killed
 * at once (SIGKILL, no shutdown hook runs), and started again on the same directory, where the
 * entity, its version and its revision are there.
 */
class DurabilityIT {

	private static final String SECRET = System.getProperty("govgraph.security.jwt.hmac-secret");

	@Test
	void anAcknowledgedWriteSurvivesKillNine() throws Exception {
		Path data = TestNeo4j.newHomeDirectory();
		int port = freePort();
		var http = new GraphQlHttp(port);
		var token = TokenCommand.mint(HmacSecret.decode(SECRET), new TokenCommand.Claims("alice", List.of("CURATOR"),
				JwtProperties.DEFAULT_ISSUER, Instant.now(), Duration.ofHours(1)));

		Process first = start(data, port);
		try {
			awaitReady(http, first);
			var created = GraphQlHttp.parse(http.post("""
					mutation { createTopic(input: {key: "test/durable", name: "Durable topic", kind: THEME, provenance: [
					  {kind: QUOTED, source: "itu/wtpf-13/media-backgrounder", locator: "para_2",
					   quote: "the global model for Internet governance"}]}) { topic { version } userErrors { code } } }
					""", Map.of(), Map.of("Authorization", "Bearer " + token)).body());
			assertThat(created.<Integer>read("$.data.createTopic.topic.version")).isEqualTo(1);
		}
		finally {
			first.destroyForcibly();
			assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(first.exitValue()).isEqualTo(137);

		Process second = start(data, port);
		try {
			awaitReady(http, second);
			var read = http.query("""
					{ node(id: "VG9waWM6dGVzdC9kdXJhYmxl") { ... on Topic { key name version } } }
					""");
			assertThat(read.<Map<String, Object>>read("$.data.node"))
				.isEqualTo(Map.of("key", "test/durable", "name", "Durable topic", "version", 1));
			var history = http.query("{ history(id: \"VG9waWM6dGVzdC9kdXJhYmxl\") { edges { node { operation by } } } }");
			assertThat(history.<List<Map<String, Object>>>read("$.data.history.edges[*].node"))
				.containsExactly(Map.of("operation", "CREATED", "by", "alice"));
		}
		finally {
			second.destroy();
			second.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Process start(Path data, int port) throws IOException {
		var command = new ArrayList<String>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx512m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-jar");
		command.add(applicationJar().toString());
		command.add("--server.port=" + port);
		command.add("--govgraph.embedded-neo4j.data-directory=" + data.resolve("neo4j"));
		command.add("--govgraph.embedded-neo4j.port=0");
		command.add("--govgraph.security.jwt.hmac-secret=" + SECRET);
		command.add("--govgraph.warm-up.enabled=false");
		var log = data.resolve("app-" + System.nanoTime() + ".log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	/** The executable jar the build packaged before the integration tests. */
	private static Path applicationJar() throws IOException {
		try (var files = Files.list(Path.of("target"))) {
			return files.filter((p) -> p.getFileName().toString().matches("api-.*\\.jar"))
				.filter((p) -> !p.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Package the application first: no target/api-*.jar"));
		}
	}

	private static void awaitReady(GraphQlHttp http, Process process) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the application is running").isTrue();
			try {
				if (http.get("/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			}
			catch (RuntimeException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the application did not become ready within 120 s");
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
