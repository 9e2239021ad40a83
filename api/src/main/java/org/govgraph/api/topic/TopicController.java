package org.govgraph.api.topic;

import java.util.List;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.Inputs;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.vocabulary.NodeLabel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code topics} and {@code topic}. */
@Controller
class TopicController {

	private final GraphRepository graph;

	TopicController(GraphRepository graph) {
		this.graph = graph;
	}

	@QueryMapping
	List<GraphNode> topics() {
		return this.graph.findAll(NodeLabel.TOPIC);
	}

	@QueryMapping
	GraphNode topic(@Argument String key) {
		Inputs.required(key, "key");
		return this.graph.findByKey(NodeLabel.TOPIC, key)
			.orElseThrow(() -> ApiException.notFound("key", "No topic has the key '" + key + "'"));
	}

}
