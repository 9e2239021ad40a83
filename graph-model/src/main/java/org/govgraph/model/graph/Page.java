package org.govgraph.model.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One page of a keyset-paged list.
 *
 * @param items the items of the page, each with the sort value it was ordered by
 * @param hasNext whether items follow this page
 * @param totalCount how many items the whole list holds, or {@link #UNCOUNTED} when the list was
 * not counted (the client did not ask)
 * @param <T> the item type
 */
public record Page<T>(List<Item<T>> items, boolean hasNext, long totalCount) {

	/** The {@code totalCount} of a page whose list was not counted. */
	public static final long UNCOUNTED = -1;

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

	/**
	 * The page a paged statement returned: its {@code total} (null when not counted), and its
	 * {@code page} of rows ({@code {node, sortValue}}, one more than asked when more follow),
	 * each mapped to an item.
	 */
	public static <T> Page<T> fromRows(Record record, int first, Function<Value, T> rowMapper) {
		return fromRows(record, first, rowMapper, (row) -> row.get("node").asNode().get("key").asString());
	}

	/** As {@link #fromRows(Record, int, Function)}, with the key that breaks ties read from each row by {@code key}. */
	public static <T> Page<T> fromRows(Record record, int first, Function<Value, T> rowMapper,
			Function<Value, String> key) {
		var rows = record.get("page").asList((v) -> v);
		var items = new ArrayList<Item<T>>();
		for (int i = 0; i < Math.min(first, rows.size()); i++) {
			Value row = rows.get(i);
			items.add(new Item<>(rowMapper.apply(row), row.get("sortValue").asObject(), key.apply(row)));
		}
		Value total = record.get("total");
		return new Page<>(items, rows.size() > first, total.isNull() ? UNCOUNTED : total.asLong());
	}

}
