package org.govgraph.api.neo4j;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks Neo4j not to raise {@code UNRECOGNIZED} notifications (a label, relationship type or
 * property the database does not hold). They are expected here: the vocabulary, and so the
 * queries, name more relationship types than the data holds (no {@code PRODUCED_BY} yet), and
 * each would log the whole statement as a warning on every request that touches it. Every
 * other notification (deprecations, performance, …) is still raised and logged.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jNotifications {

	@Bean
	ConfigBuilderCustomizer noUnrecognizedNotifications() {
		return (builder) -> builder
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
