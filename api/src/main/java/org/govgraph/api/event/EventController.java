package org.govgraph.api.event;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;

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
			Boolean remoteParticipation, List<String> kinds, String city, String country, String place) {
	}

	/** The {@code EventOrder} input. */
	record EventOrder(String field, String direction) {
	}

	@QueryMapping
	Connection<Edge<GraphNode>> events(@Argument EventFilter filter, @Argument EventOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		var f = (filter != null) ? filter : new EventFilter(null, null, null, null, null, null, null, null, null, null);
		var criteria = new EventCriteria(f.kinds(), f.forum(), f.series(), Inputs.partialDate(f.from(), "filter.from"),
				Inputs.partialDate(f.to(), "filter.to"), f.formats(), f.remoteParticipation(), f.city(), f.country(),
				f.place());
		var sort = (orderBy != null) ? new Sort(orderBy.field(), "DESC".equals(orderBy.direction()))
				: new Sort("START", false);
		var paging = Connections.paging("events:" + sort.field() + ":" + (sort.descending() ? "DESC" : "ASC"), first,
				after, selection);
		return Connections.of(this.graph.events(criteria, sort, paging.after(), paging.first(), paging.count()), paging);
	}

	/** By stable key, or else by the short name its name ends with in parentheses (`WTPF-13`). */
	@QueryMapping
	GraphNode event(@Argument String key) {
		Inputs.required(key, "key");
		var byKey = this.graph.findByKey(NodeLabel.EVENT, key);
		if (byKey.isPresent()) {
			return byKey.get();
		}
		var byShortName = this.graph.findEventsByShortName(key);
		if (byShortName.size() > 1) {
			throw ApiException.badRequest("key", "The short name '" + key + "' names " + byShortName.size()
					+ " events: ask by key (" + String.join(", ", byShortName.stream().map(GraphNode::key).toList()) + ")");
		}
		if (byShortName.isEmpty()) {
			throw ApiException.notFound("key", "No event has the key or short name '" + key + "'");
		}
		return byShortName.getFirst();
	}

}
