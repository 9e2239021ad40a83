package org.govgraph.api.curation;

import java.util.List;
import java.util.Map;

import org.govgraph.api.support.CuratedApiTest;
import org.govgraph.model.testing.TestNeo4j;
import org.govgraph.seed.DatasetFiles;
import org.govgraph.seed.DatasetLoader;
import org.govgraph.seed.DatasetReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator's change survives a reload of a changed dataset: the curator edits an event of the
 * dataset through the API, the dataset files change that value and another, and the loader
 * runs again. The curator's value stays, the other value changes, and the conflict is listed
 * under {@code about}.
 */
class DatasetReloadIT extends CuratedApiTest {

	private static final String EVENT = "itu/pp-10";

	private static void load(DatasetFiles files) {
		try (var driver = TestNeo4j.forWrites().newDriver()) {
			new DatasetLoader(driver).load(DatasetReader.read(files));
		}
	}

	/** The dataset as shipped, with PP-10's name and venue changed as a new release of the files might. */
	private static DatasetFiles changedDataset() {
		var files = DatasetFiles.fromClasspath()
			.files()
			.stream()
			.map((file) -> file.name().equals("events.yaml") ? new DatasetFiles.File(file.name(), file.content()
				.replace("name: \"ITU Plenipotentiary Conference 2010 (PP-10)\"",
						"name: \"Plenipotentiary Conference of the ITU, 2010 (PP-10)\"")
				.replace("venue: \"Expo Guadalajara\"", "venue: \"Expo Guadalajara convention centre\"")) : file)
			.toList();
		return DatasetFiles.of(files);
	}

	@AfterEach
	void loadTheShippedDatasetAgain() {
		load(DatasetFiles.fromClasspath());
	}

	@Test
	void aReloadKeepsTheCuratorsValueAndListsTheConflict() {
		var before = this.http.query("query($id: ID!) { node(id: $id) { ... on Event { name version } } }",
				Map.of("id", id("Event", EVENT)));
		int version = before.read("$.data.node.version");

		var updated = asCurator("""
				mutation($id: ID!, $version: Int!) { updateEvent(input: {id: $id, expectedVersion: $version,
				  name: "ITU Plenipotentiary Conference (PP-10), Guadalajara",
				  provenance: [{kind: CURATED, source: "curated/E2"}]}) {
				  event { name version } userErrors { message } } }
				""", Map.of("id", id("Event", EVENT), "version", version));
		assertThat(updated.<List<?>>read("$.data.updateEvent.userErrors")).isEmpty();

		load(changedDataset());

		var after = this.http.query("""
				query($id: ID!) { node(id: $id) { ... on Event { name venue version } }
				  about { datasetConflicts { kind key property datasetValue curatedValue } } }
				""", Map.of("id", id("Event", EVENT)));
		assertThat(after.<Map<String, Object>>read("$.data.node")).isEqualTo(Map.of("name",
				"ITU Plenipotentiary Conference (PP-10), Guadalajara", "venue", "Expo Guadalajara convention centre",
				"version", version + 2));
		assertThat(after.<List<Map<String, Object>>>read("$.data.about.datasetConflicts[?(@.key == 'itu/pp-10')]"))
			.containsExactly(Map.of("kind", "EVENT", "key", EVENT, "property", "name", "datasetValue",
					"Plenipotentiary Conference of the ITU, 2010 (PP-10)", "curatedValue",
					"ITU Plenipotentiary Conference (PP-10), Guadalajara"));
		var history = this.http.query("query($id: ID!) { history(id: $id, first: 2) { edges { node { by operation } } } }",
				Map.of("id", id("Event", EVENT)));
		assertThat(history.<List<Map<String, Object>>>read("$.data.history.edges[*].node")).containsExactly(
				Map.of("by", "dataset", "operation", "UPDATED"), Map.of("by", "alice", "operation", "UPDATED"));
	}

}
