package org.govgraph.clients.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * The floor: hand-written Cypher sent through the Neo4j Java Driver straight to the API's embedded Neo4j over
 * Bolt (no authentication, loopback only), each statement in a read transaction of its own session, every record
 * read. A measured statement has the API's request timeout of 5 s, so an overloaded floor fails as the API does
 * rather than queueing without bound.
 */
final class Floor implements AutoCloseable {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	/** The API's request timeout ({@code govgraph.limits.timeout}), the floor's too. */
	static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final TransactionConfig MEASURED = TransactionConfig.builder().withTimeout(TIMEOUT).build();

	private final Driver driver;

	Floor(String boltUri) {
		this.driver = GraphDatabase.driver(boltUri, AuthTokens.none(),
				Config.builder().withLogging(Logging.none()).withMaxConnectionPoolSize(64).build());
	}

	/** Runs one statement and reads all its records. */
	List<Record> read(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session(READ)) {
			return session.executeRead((tx) -> tx.run(cypher, parameters).list());
		}
	}

	/** Runs one measured statement, within {@link #TIMEOUT}, and reads all its records. */
	List<Record> measured(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session(READ)) {
			return session.executeRead((tx) -> tx.run(cypher, parameters).list(), MEASURED);
		}
	}

	/** The first value of the first record, as a long. */
	long count(String cypher) {
		return read(cypher, Map.of()).getFirst().get(0).asLong();
	}

	@Override
	public void close() {
		this.driver.close();
	}

}
