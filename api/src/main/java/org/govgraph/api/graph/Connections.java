package org.govgraph.api.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

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

	/** A {@code Connection} of the schema, with its edge type. */
	public record Connection<E>(List<E> edges, PageInfo pageInfo, long totalCount) {
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

	/** Reads a cursor; a malformed one is a {@code BAD_REQUEST}. */
	public static Page.After after(String cursor) {
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
		int split = text.indexOf('\n');
		if (split < 2 || text.charAt(1) != ':') {
			throw malformed(cursor);
		}
		String key = text.substring(split + 1);
		String value = text.substring(2, split);
		return switch (text.charAt(0)) {
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

	static String cursor(Object sortValue, String key) {
		String value = (sortValue instanceof Number number) ? "d:" + number.doubleValue() : "s:" + sortValue;
		return ENCODER.encodeToString((value + "\n" + key).getBytes(StandardCharsets.UTF_8));
	}

	private static ApiException malformed(String cursor) {
		return ApiException.badRequest("after",
				"'" + GlobalId.abbreviate(cursor) + "' is not a cursor of this connection (argument 'after')");
	}

	/** A page as a connection of plain edges, each item shaped by {@code shape}. */
	public static <T, R> Connection<Edge<R>> of(Page<T> page, boolean paged, Function<T, R> shape) {
		return ofEdges(page, paged, (item, cursor) -> new Edge<>(cursor, shape.apply(item)));
	}

	public static <T> Connection<Edge<T>> of(Page<T> page, boolean paged) {
		return of(page, paged, Function.identity());
	}

	/** A page as a connection of edges of the caller's type, made from each item and its cursor. */
	public static <T, E> Connection<E> ofEdges(Page<T> page, boolean paged, BiFunction<T, String, E> edge) {
		var cursors = page.items().stream().map((item) -> cursor(item.sortValue(), item.key())).toList();
		var edges = new java.util.ArrayList<E>();
		for (int i = 0; i < cursors.size(); i++) {
			edges.add(edge.apply(page.items().get(i).value(), cursors.get(i)));
		}
		var info = new PageInfo(page.hasNext(), paged, cursors.isEmpty() ? null : cursors.getFirst(),
				cursors.isEmpty() ? null : cursors.getLast());
		return new Connection<>(edges, info, page.totalCount());
	}

}
