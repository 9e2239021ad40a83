package org.govgraph.api.event;

import java.util.List;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.Connection;
import org.govgraph.api.graph.Connections.Edge;
import org.govgraph.api.graph.Inputs;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.graph.GraphRepository.EventCriteria;
import org.govgraph.model.graph.GraphRepository.Sort;
import org.govgraph.model.vocabulary.NodeLabel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code events} and {@code event}. */
@Controller
class EventController {

	private final GraphRepository graph;

	EventController(GraphRepository graph) {
		this.graph = graph;
	}

	/** The {@code EventFilter} input. */
	record EventFilter(String forum, String series, String from, String to, List<String> formats,
			Boolean remoteParticipation, List<String> kinds) {
	}

	/** The {@code EventOrder} input. */
	record EventOrder(String field, String direction) {
	}

	@QueryMapping
	Connection<Edge<GraphNode>> events(@Argument EventFilter filter, @Argument EventOrder orderBy,
			@Argument Integer first, @Argument String after) {
		var f = (filter != null) ? filter : new EventFilter(null, null, null, null, null, null, null);
		var criteria = new EventCriteria(f.kinds(), f.forum(), f.series(), Inputs.partialDate(f.from(), "filter.from"),
				Inputs.partialDate(f.to(), "filter.to"), f.formats(), f.remoteParticipation());
		var sort = (orderBy != null) ? new Sort(orderBy.field(), "DESC".equals(orderBy.direction()))
				: new Sort("START", false);
		var cursor = Connections.after(after);
		return Connections.of(this.graph.events(criteria, sort, cursor, Connections.first(first)), cursor != null);
	}

	@QueryMapping
	GraphNode event(@Argument String key) {
		Inputs.required(key, "key");
		return this.graph.findByKey(NodeLabel.EVENT, key)
			.orElseThrow(() -> ApiException.notFound("key", "No event has the key '" + key + "'"));
	}

}
