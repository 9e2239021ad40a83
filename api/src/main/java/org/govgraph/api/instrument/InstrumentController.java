package org.govgraph.api.instrument;

import java.time.OffsetDateTime;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.Connection;
import org.govgraph.api.graph.Connections.Edge;
import org.govgraph.api.graph.Inputs;
import org.govgraph.api.search.LuceneQuery;
import org.govgraph.api.graph.AsOf;
import org.govgraph.model.curation.HistoryRepository;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.graph.GraphRepository.InstrumentCriteria;
import org.govgraph.model.graph.GraphRepository.Sort;
import org.govgraph.model.vocabulary.NodeLabel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code instruments}, {@code instrument} and {@code paragraph}. */
@Controller
class InstrumentController {

	private final GraphRepository graph;

	private final HistoryRepository history;

	InstrumentController(GraphRepository graph, HistoryRepository history) {
		this.graph = graph;
		this.history = history;
	}

	/** The {@code InstrumentFilter} input. */
	record InstrumentFilter(List<String> kinds, String issuedBy, String dateFrom, String dateTo, String topic,
			String text) {
	}

	/** The {@code InstrumentOrder} input. */
	record InstrumentOrder(String field, String direction) {
	}

	@QueryMapping
	Connection<Edge<GraphNode>> instruments(@Argument InstrumentFilter filter, @Argument InstrumentOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		var f = (filter != null) ? filter : new InstrumentFilter(null, null, null, null, null, null);
		var criteria = new InstrumentCriteria(f.kinds(), f.issuedBy(), Inputs.partialDate(f.dateFrom(), "filter.dateFrom"),
				Inputs.partialDate(f.dateTo(), "filter.dateTo"), f.topic(),
				(f.text() != null) ? LuceneQuery.of(f.text(), "filter.text").lucene() : null);
		var sort = (orderBy != null) ? new Sort(orderBy.field(), "DESC".equals(orderBy.direction()))
				: new Sort("DATE", false);
		var paging = Connections.paging("instruments:" + sort.field() + ":" + (sort.descending() ? "DESC" : "ASC"), first,
				after, selection);
		return Connections.of(
				this.graph.instruments(criteria, sort, paging.after(), paging.first(), paging.count()), paging);
	}

	/** By stable key, or else by exact symbol. */
	@QueryMapping
	Object instrument(@Argument String key, @Argument OffsetDateTime asOf) {
		Inputs.required(key, "key");
		if (asOf != null) {
			return AsOf.node(this.history, NodeLabel.INSTRUMENT, key, asOf, "key",
					"No instrument had the key '" + key + "'");
		}
		var byKey = this.graph.findByKey(NodeLabel.INSTRUMENT, key);
		if (byKey.isPresent()) {
			return byKey.get();
		}
		var bySymbol = this.graph.findInstrumentsBySymbol(key);
		if (bySymbol.size() > 1) {
			throw ApiException.badRequest("key", "The symbol '" + key + "' names " + bySymbol.size()
					+ " instruments: ask by key (" + String.join(", ", bySymbol.stream().map(GraphNode::key).toList()) + ")");
		}
		if (bySymbol.isEmpty()) {
			throw ApiException.notFound("key", "No instrument has the key or symbol '" + key + "'");
		}
		return bySymbol.getFirst();
	}

	@QueryMapping
	GraphNode paragraph(@Argument String key) {
		Inputs.required(key, "key");
		return this.graph.findByKey(NodeLabel.PARAGRAPH, key)
			.orElseThrow(() -> ApiException.notFound("key", "No paragraph has the key '" + key + "'"));
	}

}
