package org.govgraph.api.curation;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.Connection;
import org.govgraph.api.graph.Connections.Edge;
import org.govgraph.api.graph.GlobalId;
import org.govgraph.model.curation.HistoryRepository;
import org.govgraph.model.curation.HistoryRepository.FieldChange;
import org.govgraph.model.curation.HistoryRepository.Revision;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphNode.Provenance;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.vocabulary.NodeLabel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code history}: an entity's revisions, newest first, with what each changed. */
@Controller
class HistoryController {

	private final HistoryRepository history;

	private final GraphRepository graph;

	HistoryController(HistoryRepository history, GraphRepository graph) {
		this.history = history;
		this.graph = graph;
	}

	/** The {@code Revision} type. */
	record RevisionView(long version, String sequence, ZonedDateTime at, String by, String operation, String comment,
			List<FieldChangeView> changes) {

		static RevisionView of(Revision revision) {
			return new RevisionView(revision.version(), Long.toString(revision.sequence()), revision.at(), revision.by(),
					revision.operation().name(), revision.comment(),
					revision.changes().stream().map(FieldChangeView::of).toList());
		}

	}

	/** The {@code FieldChange} type; {@code target} is resolved in batches. */
	record FieldChangeView(String field, String kind, String before, String after, List<Provenance> provenanceBefore,
			List<Provenance> provenanceAfter, NodeLabel targetLabel, String targetKey, Boolean outgoing) {

		static FieldChangeView of(FieldChange change) {
			return new FieldChangeView(change.field(), change.kind().name(), change.before(), change.after(),
					change.provenanceBefore(), change.provenanceAfter(), change.targetLabel(), change.targetKey(),
					(change.targetLabel() != null) ? change.outgoing() : null);
		}

	}

	@QueryMapping
	Connection<Edge<RevisionView>> history(@Argument String id, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		var globalId = GlobalId.parse(id, "id");
		var scope = "history:" + globalId.label().label() + ":" + globalId.key();
		var paging = Connections.paging(scope, first, after, selection);
		if (this.graph.findByKey(globalId.label(), globalId.key()).isEmpty()) {
			throw ApiException.notFound("id", "No node has the ID '" + id + "'");
		}
		Long before = (paging.after() != null) ? Long.valueOf(paging.after().key()) : null;
		var page = this.history.history(globalId.label(), globalId.key(), before, paging.first());
		return Connections.of(page, paging, RevisionView::of);
	}

	@BatchMapping(typeName = "FieldChange")
	Map<FieldChangeView, GraphNode> target(List<FieldChangeView> changes) {
		var byLabel = changes.stream()
			.filter((c) -> c.targetLabel() != null)
			.collect(Collectors.groupingBy(FieldChangeView::targetLabel,
					Collectors.mapping(FieldChangeView::targetKey, Collectors.toSet())));
		var found = new HashMap<NodeLabel, Map<String, GraphNode>>();
		byLabel.forEach((label, keys) -> found.put(label, this.graph.findByKeys(label, new ArrayList<>(keys))));
		var result = new LinkedHashMap<FieldChangeView, GraphNode>();
		for (FieldChangeView change : changes) {
			if (change.targetLabel() != null) {
				var node = found.get(change.targetLabel()).get(change.targetKey());
				if (node != null) {
					result.put(change, node);
				}
			}
		}
		return result;
	}

}
