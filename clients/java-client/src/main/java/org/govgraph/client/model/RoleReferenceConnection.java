package org.govgraph.client.model;

import java.util.List;

/**
 * A page of instruments referencing a role.
 *
 * @param edges the instruments of this page, each with the paragraphs that define the role.
 * @param pageInfo where this page sits, and the cursor for the next one.
 * @param totalCount how many instruments reference the role in all, across pages.
 */
public record RoleReferenceConnection(List<RoleReferenceEdge> edges, PageInfo pageInfo, Integer totalCount) implements Page<RoleReferenceEdge> {

	public RoleReferenceConnection {
		edges = (edges != null) ? List.copyOf(edges) : List.of();
	}

	/** The instruments of this page, each with the paragraphs that reference the role. */
	@Override
	public List<RoleReferenceEdge> items() {
		return this.edges;
	}

}
