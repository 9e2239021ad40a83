package org.govgraph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned Cypher migrations in {@code classpath:neo4j/migrations}: constraints
 * and indexes. Each migration is applied once and recorded in the graph by neo4j-migrations;
 * applying again is a no-op.
 */
public final class GraphSchema {

	static final String LOCATION = "neo4j/migrations";

	private final Driver driver;

	public GraphSchema(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Waits until Neo4j answers a query: the driver's pool gives up on a connection within
	 * seconds (so that requests fail fast), which a server busy recovering after a crash may
	 * exceed at first.
	 */
	public void awaitNeo4j(Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (true) {
			try {
				this.driver.executableQuery("RETURN 1").execute();
				return;
			}
			catch (ServiceUnavailableException | ClientException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/** Applies pending migrations and returns the schema version now in the graph. */
	public Optional<String> migrate() {
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:" + LOCATION)
			.withPackagesToScan()
			// Only Cypher scripts: skip the classpath scan for Java-based migrations.
			.withMigrationClassesDiscoverer((context) -> List.of())
			// Spring's resolver finds the scripts inside a nested jar of the executable jar too.
			.withResourceScanner(GraphSchema::scan)
			.withInstalledBy("governance-graph")
			.build();
		var version = new Migrations(config, this.driver).apply().map(MigrationVersion::getValue);
		// An index a migration just created is populated in the background: wait until it is
		// online, so that the first reads (and the planner) use it.
		try (var session = this.driver.session()) {
			session.run("CALL db.awaitIndexes(300)").consume();
		}
		return version;
	}

	private static List<URL> scan(List<String> locations) {
		var resolver = new PathMatchingResourcePatternResolver(GraphSchema.class.getClassLoader());
		var urls = new ArrayList<URL>();
		try {
			for (String location : locations) {
				for (Resource resource : resolver.getResources("classpath*:" + location + "/*.cypher")) {
					urls.add(resource.getURL());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the schema migrations", ex);
		}
		return urls;
	}

}
