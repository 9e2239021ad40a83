package org.govgraph.api.provenance;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.Connection;
import org.govgraph.api.graph.Connections.Edge;
import org.govgraph.api.graph.Inputs;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.provenance.SupportRepository;
import org.govgraph.model.provenance.SupportRepository.SupportedFact;
import org.govgraph.model.provenance.SupportRepository.Target;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code source}: a curated fact or a source document, and what rests on it. */
@Controller
class ProvenanceController {

	private final GraphRepository graph;

	private final SupportRepository support;

	ProvenanceController(GraphRepository graph, SupportRepository support) {
		this.graph = graph;
		this.support = support;
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

	/** What rests on the source: one statement, as the source is asked for alone. */
	@SchemaMapping(typeName = "Source")
	Connection<Edge<SupportedFact>> supports(Source source, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		var paging = Connections.paging("Source.supports", first, after, selection);
		var target = new Target(source.key(), null);
		var page = this.support.supports(List.of(target), (paging.after() != null) ? paging.after().key() : null,
				paging.first()).get(target);
		return Connections.of(page, paging);
	}

}
