package org.govgraph.client.model;

import java.util.List;

/**
 * The shortest connection found between two entities: the hops from {@code path(from:)} to {@code path(to:)}, in walking order. When several paths are equally short, one is returned.
 *
 * @param length the number of hops, from 1 up to the {@code maxHops} asked; 0 when {@code from} and {@code to} are the same entity.
 * @param hops the hops in walking order: the first starts at {@code path(from:)}, each starts where the previous ended, the last ends at {@code path(to:)}.
 * @param nodes the entities along the path, from {@code path(from:)} to {@code path(to:)}: {@code length + 1} of them.
 */
public record Path(int length, List<PathHop> hops, List<Node> nodes) {

	public Path {
		hops = (hops != null) ? List.copyOf(hops) : List.of();
		nodes = (nodes != null) ? List.copyOf(nodes) : List.of();
	}

}
