package org.govgraph.api.provenance;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.GraphWiring;
import org.govgraph.api.graph.Inputs;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.provenance.SupportRepository.Target;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code source}: a curated fact or a source document, and what rests on it. */
@Controller
class ProvenanceController {

	private final GraphRepository graph;

	ProvenanceController(GraphRepository graph) {
		this.graph = graph;
	}

	/** The {@code Source} type. */
	record Source(String key, String kind, String title, String statement, String url) {
	}

	@QueryMapping
	Source source(@Argument String key) {
		Inputs.required(key, "key");
		var info = this.graph.sources(List.of(key)).get(key);
		if (info == null) {
			throw ApiException.notFound("key", "No source has the key '" + key + "'");
		}
		return new Source(key, (info.statement() != null) ? "CURATED_FACT" : "DOCUMENT", info.title(), info.statement(),
				info.url());
	}

	@SchemaMapping(typeName = "Source")
	Object supports(Source source, DataFetchingEnvironment env) {
		return GraphWiring.supports(env, "Source.supports", new Target(source.key(), null));
	}

}
