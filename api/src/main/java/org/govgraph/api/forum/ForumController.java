package org.govgraph.api.forum;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.Connection;
import org.govgraph.api.graph.Connections.Edge;
import org.govgraph.api.graph.Inputs;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphRepository;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code fora} and {@code forum}. */
@Controller
class ForumController {

	private final GraphRepository graph;

	ForumController(GraphRepository graph) {
		this.graph = graph;
	}

	@QueryMapping
	Connection<Edge<GraphNode>> fora(@Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		var paging = Connections.paging("fora", first, after, selection);
		return Connections.of(this.graph.fora(paging.after(), paging.first(), paging.count()), paging);
	}

	@QueryMapping
	GraphNode forum(@Argument String acronym) {
		Inputs.required(acronym, "acronym");
		var found = this.graph.findForaByAcronym(acronym);
		if (found.isEmpty()) {
			throw ApiException.notFound("acronym", "No forum has the acronym or key '" + acronym + "'");
		}
		return found.getFirst();
	}

}
