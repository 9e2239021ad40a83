package org.govgraph.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govgraph.model.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The real Neo4j that integration tests run against, one per test JVM: a Testcontainers
 * Neo4j when a Docker engine answers, otherwise an in-process Neo4j on a free port. The
 * system property {@code govgraph.test.neo4j} ({@code testcontainers} or {@code embedded})
 * forces either.
 */
public final class TestNeo4j {

	/** The image used where Docker is available; the same release as the embedded server. */
	public static final String IMAGE = "neo4j:2026.08.1";

	private static volatile TestNeo4j shared;

	private static volatile TestNeo4j forWrites;

	private final URI uri;

	private final AuthToken auth;

	private final String username;

	private final String password;

	private TestNeo4j(URI uri, String username, String password) {
		this.uri = uri;
		this.username = username;
		this.password = password;
		this.auth = (username != null) ? AuthTokens.basic(username, password) : AuthTokens.none();
	}

	/** The shared server, started on first use and stopped when the JVM exits. */
	public static TestNeo4j get() {
		if (shared == null) {
			synchronized (TestNeo4j.class) {
				if (shared == null) {
					shared = start();
				}
			}
		}
		return shared;
	}

	/**
	 * A second shared server, for tests that write (curation, the change feed): what they write
	 * never reaches the tests that read the seeded dataset and assert its exact answers.
	 */
	public static TestNeo4j forWrites() {
		if (forWrites == null) {
			synchronized (TestNeo4j.class) {
				if (forWrites == null) {
					forWrites = start();
				}
			}
		}
		return forWrites;
	}

	private static TestNeo4j start() {
		String mode = System.getProperty("govgraph.test.neo4j", "auto").toLowerCase(Locale.ROOT);
		boolean docker = switch (mode) {
			case "testcontainers" -> true;
			case "embedded" -> false;
			case "auto" -> dockerAvailable();
			default -> throw new IllegalArgumentException(
					"govgraph.test.neo4j must be 'testcontainers', 'embedded' or 'auto', not '" + mode + "'");
		};
		return docker ? startContainer() : startEmbedded();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static TestNeo4j startContainer() {
		var container = new Neo4jContainer(IMAGE).withAdminPassword("test-password");
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "neo4j-container-stop"));
		return new TestNeo4j(URI.create(container.getBoltUrl()), "neo4j", "test-password");
	}

	private static TestNeo4j startEmbedded() {
		Path home = newHomeDirectory();
		var server = EmbeddedNeo4j.start(home, "127.0.0.1", 0, 64L * 1024 * 1024);
		Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-neo4j-stop"));
		return new TestNeo4j(server.boltUri(), null, null);
	}

	/** A fresh directory under the build's temporary directory, for one embedded server. */
	public static Path newHomeDirectory() {
		try {
			Path base = Path.of(System.getProperty("java.io.tmpdir"));
			Files.createDirectories(base);
			return Files.createTempDirectory(base, "neo4j-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public URI uri() {
		return this.uri;
	}

	/** A new driver for this server; the caller closes it. */
	public Driver newDriver() {
		return GraphDatabase.driver(this.uri, this.auth);
	}

	/** The standard {@code spring.neo4j.*} properties that point an application at this server. */
	public Map<String, String> springProperties() {
		var properties = new LinkedHashMap<String, String>();
		properties.put("spring.neo4j.uri", this.uri.toString());
		if (this.username != null) {
			properties.put("spring.neo4j.authentication.username", this.username);
			properties.put("spring.neo4j.authentication.password", this.password);
		}
		return properties;
	}

	/** {@link #springProperties()} as command-line arguments of a Spring Boot application. */
	public List<String> springArguments() {
		return springProperties().entrySet().stream().map((e) -> "--" + e.getKey() + "=" + e.getValue()).toList();
	}

	/** Points a Spring Boot test at this server. */
	public void registerProperties(DynamicPropertyRegistry registry) {
		springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** Removes every node and relationship, and the schema's migration records with them. */
	public void clear() {
		try (Driver driver = newDriver(); var session = driver.session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
		}
	}

}
