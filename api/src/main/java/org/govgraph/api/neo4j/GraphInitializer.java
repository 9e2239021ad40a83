package org.govgraph.api.neo4j;

import org.govgraph.seed.GraphSchema;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the graph's schema up to date at startup. It runs as an {@link ApplicationRunner},
 * so the readiness state stays {@code REFUSING_TRAFFIC} until it has finished.
 */
@Component
@Order(0)
class GraphInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final Driver driver;

	GraphInitializer(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void run(ApplicationArguments args) {
		var version = new GraphSchema(this.driver).migrate();
		log.info("Graph schema at version {}", version.orElse("(none)"));
	}

}
