package org.govgraph.client.model;

import java.util.List;

/**
 * A page of a Relay cursor connection ({@code EventConnection}, {@code InstrumentConnection} …):
 * its edges, where it sits, and how many items the whole connection has.
 *
 * @param edges the items of this page with their cursors
 * @param pageInfo where this page sits, and the cursor for the next one
 * @param totalCount how many items the whole connection has (every page); null for a connection
 * that does not count them ({@code webhookDeliveries})
 * @param <T> what the connection holds
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) implements Page<T> {

	public Connection {
		edges = (edges != null) ? List.copyOf(edges) : List.of();
	}

	/** The items of this page. */
	@Override
	public List<T> items() {
		return this.edges.stream().map(Edge::node).toList();
	}

}
