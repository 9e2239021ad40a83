package org.govgraph.model.dataset;

import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the dataset version recorded in the graph. */
@Repository
@Transactional(readOnly = true)
public class DatasetRepository {

	private final Neo4jClient client;

	public DatasetRepository(Neo4jClient client) {
		this.client = client;
	}

	public Optional<DatasetVersion> find(String name) {
		return this.client.query("""
				MATCH (d:Dataset {name: $name})
				RETURN d.name AS name, d.checksum AS checksum, d.loadedAt AS loadedAt
				""")
			.bind(name).to("name")
			.fetchAs(DatasetVersion.class)
			.mappedBy((types, record) -> new DatasetVersion(record.get("name").asString(),
					record.get("checksum").asString(), record.get("loadedAt").asZonedDateTime()))
			.one();
	}

}
