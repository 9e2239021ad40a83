package org.govgraph.api.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.govgraph.model.graph.Page;

/**
 * Relay cursor connections: page size checks, opaque keyset cursors, and the connection,
 * edge and page-info shapes of the schema.
 */
public final class Connections {

	/** How many items a page holds when {@code first} is not given. */
	public static final int DEFAULT_FIRST = 20;

	/** The most items one page may hold. */
	public static final int MAX_FIRST = 100;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private Connections() {
	}

	/**
	 * A {@code Connection} of the schema, with its edge type; {@code totalCount} is null when the
	 * client did not select it (so it was not counted).
	 */
	public record Connection<E>(List<E> edges, PageInfo pageInfo, Long totalCount) {
	}

	/** An {@code Edge} of the schema: a node and the cursor that pages after it. */
	public record Edge<T>(String cursor, T node) {
	}

	/** The {@code PageInfo} of the schema. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/** The page size: {@code first} when given, the default otherwise; out of range is a {@code BAD_REQUEST}. */
	public static int first(Integer first) {
		if (first == null) {
			return DEFAULT_FIRST;
		}
		if (first < 0 || first > MAX_FIRST) {
			throw ApiException.badRequest("first",
					"'first' must be between 0 and " + MAX_FIRST + ", not " + first + " (argument 'first')");
		}
		return first;
	}

	/**
	 * What one connection field was asked: the scope its cursors belong to (the connection and
	 * its order, e.g. {@code instruments:DATE:ASC}), the page size, where the page starts, the
	 * {@code after} cursor as given, and whether the client selected {@code totalCount} (the
	 * list is counted only then).
	 */
	public record Paging(String scope, int first, Page.After after, String afterCursor, boolean count) {

		/** True when the page starts after an item, so items precede it. */
		public boolean paged() {
			return this.after != null;
		}

	}

	/**
	 * Reads the {@code first} and {@code after} arguments of a connection whose cursors belong to
	 * {@code scope}: a malformed cursor, or one of another connection or order, is a
	 * {@code BAD_REQUEST}.
	 */
	public static Paging paging(String scope, Integer first, String after, DataFetchingFieldSelectionSet selection) {
		int size = first(first);
		return new Paging(scope, size, after(after, scope), after, selection.contains(TOTAL_COUNT));
	}

	/** The field of a connection that costs a count of the whole list. */
	private static final String TOTAL_COUNT = "totalCount";

	/** Reads a cursor of this scope; null for none and for the cursor before the first item. */
	static Page.After after(String cursor, String scope) {
		if (cursor == null) {
			return null;
		}
		String text;
		try {
			text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(cursor);
		}
		int scopeEnd = text.indexOf('\n');
		if (scopeEnd < 0 || !text.substring(0, scopeEnd).equals(scope)) {
			throw malformed(cursor);
		}
		String position = text.substring(scopeEnd + 1);
		if (position.equals(START)) {
			return null;
		}
		int split = position.lastIndexOf('\n');
		if (split < 2 || position.charAt(1) != ':') {
			throw malformed(cursor);
		}
		String key = position.substring(split + 1);
		String value = position.substring(2, split);
		return switch (position.charAt(0)) {
			case 's' -> new Page.After(value, key);
			case 'd' -> {
				try {
					yield new Page.After(Double.parseDouble(value), key);
				}
				catch (NumberFormatException ex) {
					throw malformed(cursor);
				}
			}
			default -> throw malformed(cursor);
		};
	}

	/** The position of the cursor before the first item. */
	private static final String START = "^";

	static String cursor(String scope, Object sortValue, String key) {
		String value = (sortValue instanceof Number number) ? "d:" + number.doubleValue() : "s:" + sortValue;
		return encode(scope + "\n" + value + "\n" + key);
	}

	/** The cursor before the first item of a connection: paging after it starts at the beginning. */
	static String startCursor(String scope) {
		return encode(scope + "\n" + START);
	}

	private static String encode(String text) {
		return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static ApiException malformed(String cursor) {
		return ApiException.badRequest("after",
				"'" + GlobalId.abbreviate(cursor) + "' is not a cursor of this connection (argument 'after')");
	}

	/** A page as a connection of plain edges, each item shaped by {@code shape}. */
	public static <T, R> Connection<Edge<R>> of(Page<T> page, Paging paging, Function<T, R> shape) {
		return ofEdges(page, paging, (item, cursor) -> new Edge<>(cursor, shape.apply(item)));
	}

	public static <T> Connection<Edge<T>> of(Page<T> page, Paging paging) {
		return of(page, paging, Function.identity());
	}

	/**
	 * A page as a connection of edges of the caller's type, made from each item and its cursor.
	 * A page asked with {@code first: 0} holds no items; its start and end cursors are then the
	 * position asked (the {@code after} given, or the cursor before the first item), so that
	 * paging on after its {@code endCursor} continues from there.
	 */
	public static <T, E> Connection<E> ofEdges(Page<T> page, Paging paging, BiFunction<T, String, E> edge) {
		var cursors = page.items().stream().map((item) -> cursor(paging.scope(), item.sortValue(), item.key())).toList();
		var edges = new java.util.ArrayList<E>();
		for (int i = 0; i < cursors.size(); i++) {
			edges.add(edge.apply(page.items().get(i).value(), cursors.get(i)));
		}
		String start = cursors.isEmpty() ? null : cursors.getFirst();
		String end = cursors.isEmpty() ? null : cursors.getLast();
		if (paging.first() == 0) {
			start = (paging.afterCursor() != null) ? paging.afterCursor() : startCursor(paging.scope());
			end = start;
		}
		var info = new PageInfo(page.hasNext(), paging.paged(), start, end);
		return new Connection<>(edges, info, counted(page));
	}

	/** The page's count, or null when its list was not counted. */
	private static Long counted(Page<?> page) {
		return (page.totalCount() == Page.UNCOUNTED) ? null : page.totalCount();
	}

}
