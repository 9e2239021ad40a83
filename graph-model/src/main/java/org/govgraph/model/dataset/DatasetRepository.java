package org.govgraph.model.dataset;

import java.util.List;
import java.util.Optional;

import org.govgraph.model.vocabulary.NodeLabel;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the dataset version recorded in the graph, and the conflicts its loads found with curators' values. */
@Repository
@Transactional(readOnly = true)
public class DatasetRepository {

	private static final String CONFLICTS = """
			MATCH (c:DatasetConflict)
			RETURN c.label AS label, c.key AS key, c.property AS property, c.datasetValue AS datasetValue,
			       c.curatedValue AS curatedValue, c.checksum AS checksum, c.at AS at
			ORDER BY c.at DESC, c.label, c.key, c.property
			""";

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

	/** Every conflict the dataset's loads found, the latest first. */
	public List<DatasetConflict> conflicts() {
		return List.copyOf(this.client.query(CONFLICTS)
			.fetchAs(DatasetConflict.class)
			.mappedBy((types, record) -> new DatasetConflict(NodeLabel.ofLabel(record.get("label").asString()).orElseThrow(),
					record.get("key").asString(), record.get("property").asString(),
					record.get("datasetValue").asString(null), record.get("curatedValue").asString(null),
					record.get("checksum").asString(), record.get("at").asZonedDateTime()))
			.all());
	}

}
