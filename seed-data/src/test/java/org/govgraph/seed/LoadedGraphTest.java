package org.govgraph.seed;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Integration tests that read the shipped dataset, loaded afresh into the test Neo4j for each class. */
abstract class LoadedGraphTest {

	static LoadedGraph graph;

	@BeforeAll
	static void load() {
		graph = LoadedGraph.fresh();
	}

	@AfterAll
	static void close() {
		graph.close();
	}

}
