package org.govgraph.api.about;

import java.time.OffsetDateTime;
import java.util.List;

import org.govgraph.model.dataset.DatasetRepository;
import org.govgraph.model.dataset.DatasetVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code about}: which build of the API is serving, which dataset the graph holds, and
 * where its reloads met curators' changes.
 */
@Controller
class AboutController {

	private final String apiVersion;

	private final DatasetRepository datasets;

	AboutController(ObjectProvider<BuildProperties> build, DatasetRepository datasets) {
		BuildProperties properties = build.getIfAvailable();
		this.apiVersion = (properties != null) ? properties.getVersion() : "development";
		this.datasets = datasets;
	}

	@QueryMapping
	About about() {
		return new About(this.apiVersion);
	}

	@SchemaMapping
	Dataset dataset(About about) {
		return this.datasets.find(DatasetVersion.GOVERNANCE)
			.map((version) -> new Dataset(version.checksum(), version.loadedAt().toOffsetDateTime()))
			.orElse(null);
	}

	@SchemaMapping
	List<DatasetConflict> datasetConflicts(About about) {
		return this.datasets.conflicts()
			.stream()
			.map((c) -> new DatasetConflict(c.label().name(), c.key(), c.property(), c.datasetValue(), c.curatedValue(),
					c.checksum(), c.at().toOffsetDateTime()))
			.toList();
	}

	/** The {@code About} type of the schema. */
	record About(String apiVersion) {
	}

	/** The {@code Dataset} type of the schema. */
	record Dataset(String checksum, OffsetDateTime loadedAt) {
	}

	/** The {@code DatasetConflict} type of the schema ({@code kind} is a {@code NodeKind}). */
	record DatasetConflict(String kind, String key, String property, String datasetValue, String curatedValue,
			String checksum, OffsetDateTime at) {
	}

}
