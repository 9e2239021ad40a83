package org.govgraph.api.node;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.ArgumentRanges;
import org.govgraph.api.graph.AsOf;
import org.govgraph.api.graph.GlobalId;
import org.govgraph.model.curation.HistoryRepository;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.vocabulary.NodeLabel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

/** {@code node} and {@code nodes}: any entity by its global ID. */
@Controller
class NodeController {

	private final GraphRepository graph;

	private final HistoryRepository history;

	NodeController(GraphRepository graph, HistoryRepository history) {
		this.graph = graph;
		this.history = history;
	}

	@QueryMapping
	Object node(@Argument String id, @Argument OffsetDateTime asOf) {
		var globalId = GlobalId.parse(id, "id");
		if (asOf != null) {
			return AsOf.node(this.history, globalId.label(), globalId.key(), asOf, "id", "No node had the ID '" + id + "'");
		}
		return this.graph.findByKey(globalId.label(), globalId.key())
			.orElseThrow(() -> ApiException.notFound("id", "No node has the ID '" + id + "'"));
	}


	/** The nodes in the order asked, null (with an error naming its position) where an ID is unknown or malformed. */
	@QueryMapping
	DataFetcherResult<List<GraphNode>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
		if (ids.size() > ArgumentRanges.MAX_IDS) {
			throw ApiException.badRequest("ids", "'ids' may hold at most " + ArgumentRanges.MAX_IDS + " IDs, not " + ids.size());
		}
		var errors = new ArrayList<GraphQLError>();
		var parsed = new ArrayList<GlobalId>();
		var byLabel = new LinkedHashMap<NodeLabel, List<String>>();
		for (int i = 0; i < ids.size(); i++) {
			try {
				var id = GlobalId.parse(ids.get(i), "ids[" + i + "]");
				parsed.add(id);
				byLabel.computeIfAbsent(id.label(), (l) -> new ArrayList<>()).add(id.key());
			}
			catch (ApiException ex) {
				parsed.add(null);
				errors.add(error(env, i, ErrorType.BAD_REQUEST, ex.getMessage()));
			}
		}
		var found = this.graph.findByKeys(byLabel);
		var nodes = new ArrayList<GraphNode>();
		for (int i = 0; i < parsed.size(); i++) {
			var id = parsed.get(i);
			GraphNode node = (id != null) ? found.get(id.label()).get(id.key()) : null;
			if (id != null && node == null) {
				errors.add(error(env, i, ErrorType.NOT_FOUND, "No node has the ID '" + ids.get(i) + "'"));
			}
			nodes.add(node);
		}
		return DataFetcherResult.<List<GraphNode>>newResult().data(nodes).errors(errors).build();
	}

	private static GraphQLError error(DataFetchingEnvironment env, int index, ErrorType type, String message) {
		return GraphqlErrorBuilder.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath().segment(index))
			.location(env.getField().getSourceLocation())
			.extensions(java.util.Map.of("argument", "ids[" + index + "]"))
			.build();
	}

}
