package org.govgraph.api.neo4j;

import java.net.URI;

import org.govgraph.model.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the in-process Neo4j and points the driver at it, unless the application was
 * given a database: {@code spring.neo4j.uri} is set, or another {@link Neo4jConnectionDetails}
 * (a Testcontainers service connection, say) exists.
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@Conditional(EmbeddedNeo4jAutoConfiguration.NoNeo4jUri.class)
@ConditionalOnBooleanProperty(name = "govgraph.embedded-neo4j.enabled", matchIfMissing = true)
@ConditionalOnMissingBean(Neo4jConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
public class EmbeddedNeo4jAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		var home = properties.dataDirectory().toAbsolutePath().normalize();
		var server = EmbeddedNeo4j.start(home, properties.host(), properties.port(), properties.pageCache().toBytes());
		log.info("Embedded Neo4j started: Bolt on {}, data in {}", server.boltUri(), home);
		return server;
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j server) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return server.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

	/** Matches when {@code spring.neo4j.uri} is not set at all. */
	static class NoNeo4jUri extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return context.getEnvironment().containsProperty("spring.neo4j.uri")
					? ConditionOutcome.noMatch("spring.neo4j.uri is set: using that Neo4j")
					: ConditionOutcome.match("spring.neo4j.uri is not set");
		}

	}

}
