package org.govgraph.model.graph;

import java.util.List;

/**
 * One page of a keyset-paged list.
 *
 * @param items the items of the page, each with the sort value it was ordered by
 * @param hasNext whether items follow this page
 * @param totalCount how many items the whole list holds
 * @param <T> the item type
 */
public record Page<T>(List<Item<T>> items, boolean hasNext, long totalCount) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * An item and its position in the order: the sort value and the key that breaks ties.
	 * A cursor is made from these two, so a page walk stays correct when items are inserted
	 * before it.
	 */
	public record Item<T>(T value, Object sortValue, String key) {
	}

	/** Where a page starts: after the item with this sort value and key; null for the first page. */
	public record After(Object sortValue, String key) {
	}

}
