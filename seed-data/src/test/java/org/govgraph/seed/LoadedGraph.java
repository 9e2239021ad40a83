package org.govgraph.seed;

import java.util.List;
import java.util.Map;

import org.govgraph.model.testing.TestNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** The shipped dataset loaded into the test Neo4j, with its schema, for tests that read the graph. */
final class LoadedGraph implements AutoCloseable {

	final Driver driver;

	private LoadedGraph(Driver driver) {
		this.driver = driver;
	}

	/** Clears the test Neo4j and loads schema and dataset afresh. */
	static LoadedGraph fresh() {
		var neo4j = TestNeo4j.get();
		neo4j.clear();
		var driver = neo4j.newDriver();
		new GraphSchema(driver).migrate();
		new DatasetLoader(driver).load(DatasetReader.read(DatasetFiles.fromClasspath()));
		return new LoadedGraph(driver);
	}

	List<Record> query(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher, parameters).list());
		}
	}

	List<Record> query(String cypher) {
		return query(cypher, Map.of());
	}

	/** Runs a write in its own transaction (a curator's write, say). */
	void write(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run(cypher, parameters).consume());
		}
	}

	@Override
	public void close() {
		this.driver.close();
	}

}
