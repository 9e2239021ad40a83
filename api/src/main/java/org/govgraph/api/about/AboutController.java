package org.govgraph.api.about;

import java.time.OffsetDateTime;

import org.govgraph.model.dataset.DatasetRepository;
import org.govgraph.model.dataset.DatasetVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code about}: which build of the API is serving, and which dataset the graph holds. */
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

	/** The {@code About} type of the schema. */
	record About(String apiVersion) {
	}

	/** The {@code Dataset} type of the schema. */
	record Dataset(String checksum, OffsetDateTime loadedAt) {
	}

}
