package org.govgraph.api.neo4j;

import org.govgraph.seed.DatasetFiles;
import org.govgraph.seed.DatasetLoader;
import org.govgraph.seed.DatasetReader;
import org.govgraph.seed.GraphSchema;
import org.govgraph.seed.synthetic.SyntheticLoader;
import java.time.Duration;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date at startup: schema migrations, then the curated dataset when
 * the version in the graph differs from the files (unless {@code govgraph.dataset.load-on-startup}
 * is false, for a database curated by other means). It runs as an {@link ApplicationRunner},
 * so the readiness state stays {@code REFUSING_TRAFFIC} until it has finished.
 */
@Component
@Order(0)
class GraphInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	/** How long startup waits for Neo4j to answer (a server still starting, or recovering after a crash). */
	private static final Duration NEO4J_WAIT = Duration.ofMinutes(2);

	private final Driver driver;

	private final boolean loadDataset;

	GraphInitializer(Driver driver, @Value("${govgraph.dataset.load-on-startup:true}") boolean loadDataset) {
		this.driver = driver;
		this.loadDataset = loadDataset;
	}

	@Override
	public void run(ApplicationArguments args) {
		new GraphSchema(this.driver).awaitNeo4j(NEO4J_WAIT);
		var version = new GraphSchema(this.driver).migrate();
		log.info("Graph schema at version {}", version.orElse("(none)"));
		if (!this.loadDataset) {
			log.info("Dataset loading is off (govgraph.dataset.load-on-startup=false)");
			return;
		}
		var synthetic = SyntheticLoader.marker(this.driver);
		if (synthetic.isPresent()) {
			log.info("The graph is the synthetic graph of size {} and seed {} ({} of {} chunks loaded): the curated dataset in it is not reloaded",
					synthetic.get().size(), synthetic.get().seed(), synthetic.get().loaded(), synthetic.get().chunks());
			return;
		}
		var dataset = DatasetReader.read(DatasetFiles.fromClasspath());
		var result = new DatasetLoader(this.driver).loadIfChanged(dataset);
		if (!result.written()) {
			log.info("Dataset {} already in the graph", result.checksum());
		}
	}

}
