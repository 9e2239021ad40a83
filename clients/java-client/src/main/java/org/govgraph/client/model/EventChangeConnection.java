package org.govgraph.client.model;

import java.util.List;

/**
 * A page of a sync of events ({@code eventChanges}).
 *
 * @param edges the entries of this page, with their cursors.
 * @param pageInfo where this page sits, and the cursor for the next one.
 * @param nextSyncToken on the last page of a sync (when {@code pageInfo.hasNextPage} is false) only: the token for the next sync, standing for every change this sync covered. Null on the other pages.
 */
public record EventChangeConnection(List<Edge<EventChange>> edges, PageInfo pageInfo, String nextSyncToken) implements Page<EventChange> {

	public EventChangeConnection {
		edges = (edges != null) ? List.copyOf(edges) : List.of();
	}

	/** The entries of this page. */
	@Override
	public List<EventChange> items() {
		return this.edges.stream().map(Edge::node).toList();
	}

}
