package org.govgraph.model.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j Community server that speaks Bolt on a loopback address, so the
 * application and any Bolt client ({@code cypher-shell}, Neo4j Browser) use it exactly as
 * they would use an external server. HTTP is off; authentication is off because the
 * listener is bound to loopback only.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Duration AVAILABILITY_TIMEOUT = Duration.ofMinutes(5);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri) {
		this.service = service;
		this.boltUri = boltUri;
	}

	/**
	 * Starts a server storing its data under {@code homeDirectory}.
	 * @param homeDirectory the server's home; data, transaction logs and logs live below it
	 * @param host the loopback address Bolt listens on
	 * @param port the Bolt port; {@code 0} picks a free one
	 * @param pageCacheBytes the page cache size
	 */
	public static EmbeddedNeo4j start(Path homeDirectory, String host, int port, long pageCacheBytes) {
		Objects.requireNonNull(homeDirectory, "homeDirectory");
		var service = new DatabaseManagementServiceBuilder(homeDirectory.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.build();
		try {
			var database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			// After a crash the database recovers from its transaction log before it serves:
			// wait for that here, so the first client does not time out against a recovering store.
			if (!database.isAvailable(AVAILABILITY_TIMEOUT.toMillis())) {
				throw new IllegalStateException("The embedded database did not become available within "
						+ AVAILABILITY_TIMEOUT.toSeconds() + " s");
			}
			var address = database.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			return new EmbeddedNeo4j(service, URI.create("bolt://" + address.getHost() + ":" + address.getPort()));
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
	}

	/** The address Bolt clients connect to, with the port actually bound. */
	public URI boltUri() {
		return this.boltUri;
	}

	/** Stops the server; stopping it again does nothing. */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.service.shutdown();
		}
	}

}
