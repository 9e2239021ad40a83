package org.govgraph.api.timeline;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.Connection;
import org.govgraph.api.graph.Connections.Edge;
import org.govgraph.api.graph.GraphWiring;
import org.govgraph.api.graph.Inputs;
import org.govgraph.api.graph.PartialDate;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.vocabulary.NodeLabel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code timeline}: dated instruments and events in time order. */
@Controller
class TimelineController {

	private final GraphRepository graph;

	TimelineController(GraphRepository graph) {
		this.graph = graph;
	}

	/** The {@code TimelineFilter} input. */
	record TimelineFilter(String from, String to, String forum, List<String> kinds) {
	}

	/** The {@code TimelineEntry} type. */
	record TimelineEntry(PartialDate date, GraphNode node, String kind, String title) {
	}

	@QueryMapping
	Connection<Edge<TimelineEntry>> timeline(@Argument TimelineFilter filter, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		var f = (filter != null) ? filter : new TimelineFilter(null, null, null, null);
		var kinds = (f.kinds() != null && !f.kinds().isEmpty()) ? f.kinds() : List.of("INSTRUMENT", "EVENT");
		var labels = kinds.stream().map((k) -> NodeLabel.valueOf(k).label()).toList();
		var paging = Connections.paging("timeline", first, after, selection);
		var page = this.graph.timeline(labels, Inputs.partialDate(f.from(), "filter.from"),
				Inputs.partialDate(f.to(), "filter.to"), f.forum(), paging.after(), paging.first(), paging.count());
		return Connections.of(page, paging, TimelineController::entry);
	}

	static TimelineEntry entry(GraphNode node) {
		if (node.label() == NodeLabel.INSTRUMENT) {
			return new TimelineEntry(PartialDate.of(node.string("date"), node.string("datePrecision")), node,
					"INSTRUMENT", GraphWiring.displayTitle(node));
		}
		return new TimelineEntry(PartialDate.ofEventTime(node.string("start"), node.string("startPrecision")), node,
				"EVENT", node.string("name"));
	}

}
