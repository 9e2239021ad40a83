package org.govgraph.api.about;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code about}: which build of the API is serving. */
@Controller
class AboutController {

	private final String apiVersion;

	AboutController(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		this.apiVersion = (properties != null) ? properties.getVersion() : "development";
	}

	@QueryMapping
	About about() {
		return new About(this.apiVersion);
	}

	/** The {@code About} type of the schema. */
	record About(String apiVersion) {
	}

}
