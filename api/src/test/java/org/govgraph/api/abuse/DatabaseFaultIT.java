package org.govgraph.api.abuse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.govgraph.api.GovernanceGraphApplication;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.model.embedded.EmbeddedNeo4j;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neo4j goes away and comes back while the API runs: readiness turns DOWN, requests fail fast
 * with {@code SERVICE_UNAVAILABLE} and HTTP 503 without piling up threads, and the API recovers
 * by itself when Neo4j returns.
 */
class DatabaseFaultIT {

	static final String QUERY = "{ forum(acronym: \"ITU\") { name } }";

	@Test
	void survivesNeo4jGoingAwayAndComingBack() throws Exception {
		Path home = TestNeo4j.newHomeDirectory();
		int port = freePort();
		var neo4j = EmbeddedNeo4j.start(home, "127.0.0.1", port, 32L * 1024 * 1024);
		try (var app = new SpringApplicationBuilder(GovernanceGraphApplication.class).run("--server.port=0",
				"--spring.neo4j.uri=" + neo4j.boltUri())) {
			var http = new GraphQlHttp(((WebServerApplicationContext) app).getWebServer().getPort());
			assertThat(GraphQlHttp.parse(http.post(QUERY, Map.of()).body()).read("$.data.forum.name", String.class))
				.isEqualTo("ITU");

			neo4j.close();
			var down = Instant.now();
			awaitWithin(Duration.ofSeconds(5), () -> http.get("/actuator/health/readiness").statusCode() == 503,
					"readiness DOWN");
			assertThat(GraphQlHttp.parse(http.get("/actuator/health/readiness").body())
				.read("$.components.neo4j.status", String.class)).isEqualTo("DOWN");
			assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

			int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
			for (int i = 0; i < 30; i++) {
				var started = System.nanoTime();
				HttpResponse<String> response = http.post(QUERY, Map.of());
				long millis = (System.nanoTime() - started) / 1_000_000;
				assertThat(response.statusCode()).as("request %d during the outage", i).isEqualTo(503);
				var answer = GraphQlHttp.parse(response.body());
				assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("SERVICE_UNAVAILABLE");
				assertThat(answer.read("$.errors[0].message", String.class))
					.isEqualTo("The graph database is unavailable; try again shortly");
				assertThat(answer.read("$.errors[0].extensions.correlationId", String.class)).isNotBlank();
				assertThat(response.body()).doesNotContain("Exception").doesNotContain("MATCH");
				assertThat(millis).as("request %d answered in %d ms", i, millis).isLessThan(1_000);
			}
			int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
			assertThat(threadsAfter - threadsBefore).as("threads added by 30 failing requests").isLessThan(10);

			var back = EmbeddedNeo4j.start(home, "127.0.0.1", port, 32L * 1024 * 1024);
			try {
				awaitWithin(Duration.ofSeconds(20), () -> {
					var response = http.post(QUERY, Map.of());
					return response.statusCode() == 200 && "ITU"
						.equals(GraphQlHttp.parse(response.body()).read("$.data.forum.name", String.class));
				}, "GraphQL answering again");
				awaitWithin(Duration.ofSeconds(10), () -> http.get("/actuator/health/readiness").statusCode() == 200,
						"readiness UP");
			}
			finally {
				back.close();
			}
			assertThat(Duration.between(down, Instant.now())).isPositive();
		}
		finally {
			neo4j.close();
		}
	}

	private static void awaitWithin(Duration limit, Supplier<Boolean> condition, String what)
			throws InterruptedException {
		var deadline = Instant.now().plus(limit);
		while (Instant.now().isBefore(deadline)) {
			if (condition.get()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError(what + " not reached within " + limit);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
