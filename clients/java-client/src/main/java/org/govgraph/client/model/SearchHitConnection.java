package org.govgraph.client.model;

import java.util.List;

/**
 * A page of search hits, best first.
 *
 * @param edges the hits of this page, with their cursors, scores and snippets.
 * @param pageInfo where this page sits, and the cursor for the next one.
 * @param totalCount how many entities match in all, across pages.
 */
public record SearchHitConnection(List<SearchHitEdge> edges, PageInfo pageInfo, Integer totalCount) implements Page<SearchHitEdge> {

	public SearchHitConnection {
		edges = (edges != null) ? List.copyOf(edges) : List.of();
	}

	/** The hits of this page, best first, each with its score and snippet. */
	@Override
	public List<SearchHitEdge> items() {
		return this.edges;
	}

}
