package org.govgraph.api.graph;

import java.util.Map;

/**
 * The documented ranges of the arguments that several fields share, defined once: the request
 * gate refuses a value outside them before anything executes ({@code BAD_REQUEST}, a request
 * error), and the fields that take them check the same bounds.
 */
public final class ArgumentRanges {

	/** The most IDs {@code nodes(ids:)} takes. */
	public static final int MAX_IDS = 100;

	/** The most citation hops {@code citedBy(depth:)} follows. */
	public static final int MAX_CITATION_DEPTH = 3;

	/** The longest path {@code path(maxHops:)} looks for. */
	public static final int MAX_HOPS = 6;

	private ArgumentRanges() {
	}

	/**
	 * The documented range of an argument.
	 *
	 * @param min the least value (or list length)
	 * @param max the greatest value (or list length)
	 * @param list whether the argument is a list, bounded in length
	 */
	public record Range(long min, long max, boolean list) {
	}

	/** Each shared argument's range, by name; {@code first} up to the given page size limit. */
	public static Map<String, Range> byName(int maxFirst) {
		return Map.of("first", new Range(0, maxFirst, false), "ids", new Range(0, MAX_IDS, true), "depth",
				new Range(1, MAX_CITATION_DEPTH, false), "maxHops", new Range(1, MAX_HOPS, false));
	}

}
