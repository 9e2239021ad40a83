package org.govgraph.api.graph;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import graphql.execution.DataFetcherResult;
import org.govgraph.model.curation.HistoryRepository;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.vocabulary.NodeLabel;

/**
 * The moment an entity was asked as of ({@code node(id:, asOf:)}): carried as the GraphQL
 * local context of everything under it, so that its relationship fields, and those of the
 * entities they lead to, are read as they were then.
 */
public record AsOf(ZonedDateTime at) {

	public static AsOf of(OffsetDateTime at) {
		return new AsOf(at.toZonedDateTime());
	}

	/**
	 * The entity as it was at a moment, with the moment as the local context of the fields under
	 * it; {@code NOT_FOUND} (naming the argument) when it did not exist then.
	 */
	public static DataFetcherResult<GraphNode> node(HistoryRepository history, NodeLabel label, String key,
			OffsetDateTime at, String argument, String unknown) {
		var asOf = AsOf.of(at);
		var node = history.asOf(label, List.of(key), asOf.at()).get(key);
		if (node == null) {
			throw ApiException.notFound(argument, unknown + " at " + at);
		}
		return DataFetcherResult.<GraphNode>newResult().data(node).localContext(asOf).build();
	}

	/** One parent's relationships of one field as of a moment. */
	record Key(String parentKey, ZonedDateTime at, boolean includeRetired) {
	}

	static String loaderName(RelationshipFields.Field field) {
		return field.loaderName(false) + "@asOf";
	}

}
