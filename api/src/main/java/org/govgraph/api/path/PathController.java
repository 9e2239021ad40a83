package org.govgraph.api.path;

import java.util.List;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.ArgumentRanges;
import org.govgraph.api.graph.GlobalId;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphNode.Provenance;
import org.govgraph.model.graph.GraphRepository;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code path}: the shortest connection between two entities, with the provenance of every hop. */
@Controller
class PathController {

	/** The longest path searched for. */
	private final GraphRepository graph;

	PathController(GraphRepository graph) {
		this.graph = graph;
	}

	/** The {@code Path} type. */
	record Path(int length, List<PathHop> hops, List<GraphNode> nodes) {
	}

	/** The {@code PathHop} type. */
	record PathHop(GraphNode from, String relationship, GraphNode to, String direction, List<Provenance> provenance) {
	}

	@QueryMapping
	Path path(@Argument String from, @Argument String to, @Argument Integer maxHops) {
		int hops = (maxHops != null) ? maxHops : 4;
		if (hops < 1 || hops > ArgumentRanges.MAX_HOPS) {
			throw ApiException.badRequest("maxHops",
					"'maxHops' must be between 1 and " + ArgumentRanges.MAX_HOPS + ", not " + hops + " (argument 'maxHops')");
		}
		var start = GlobalId.parse(from, "from");
		var end = GlobalId.parse(to, "to");
		var startNode = this.graph.findByKey(start.label(), start.key())
			.orElseThrow(() -> ApiException.notFound("from", "No node has the ID '" + from + "'"));
		if (this.graph.findByKey(end.label(), end.key()).isEmpty()) {
			throw ApiException.notFound("to", "No node has the ID '" + to + "'");
		}
		if (start.equals(end)) {
			// A retired entity is on no path, not even the empty one.
			return startNode.retired() ? null : new Path(0, List.of(), List.of(startNode));
		}
		return this.graph.shortestPath(start.label(), start.key(), end.label(), end.key())
			.filter((path) -> path.hops().size() <= hops)
			.map((path) -> new Path(path.hops().size(), path.hops()
				.stream()
				.map((hop) -> new PathHop(hop.from(), hop.relationship(), hop.to(), hop.forward() ? "FORWARD" : "BACKWARD",
						Provenance.fromProperties(hop.properties())))
				.toList(), path.nodes()))
			.orElse(null);
	}

}
