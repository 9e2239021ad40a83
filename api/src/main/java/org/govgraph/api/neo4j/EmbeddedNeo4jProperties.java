package org.govgraph.api.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The in-process Neo4j that runs when {@code spring.neo4j.uri} is not set.
 *
 * @param enabled whether to start it at all when no URI is set
 * @param dataDirectory the server's home; the store lives below it and survives restarts
 * @param host the loopback address Bolt listens on
 * @param port the Bolt port ({@code 0}: a free one)
 * @param pageCache the page cache size
 */
@ConfigurationProperties("govgraph.embedded-neo4j")
public record EmbeddedNeo4jProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("data/neo4j") Path dataDirectory,
		@DefaultValue("127.0.0.1") String host,
		@DefaultValue("7687") int port,
		@DefaultValue("128MB") DataSize pageCache) {
}
