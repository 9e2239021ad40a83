package org.govgraph.clients.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The abusive documents of the flood, each meant to be refused by one limit before execution: depth (≤ 12), aliases
 * (≤ 30), document size (≤ 64 KiB) and the cost budget (connections multiply by their {@code first}).
 */
final class FloodDocuments {

	private FloodDocuments() {
	}

	static final String TUNIS = "un/wsis/2005/tunis-agenda";

	/** The flood's documents, by name; threads cycle through them. */
	static final List<ValidQueries.Request> ALL = List.of(
			ValidQueries.Request.of("depth-20", deep(20), Map.of()),
			ValidQueries.Request.of("aliases-200", aliases(200), Map.of()),
			ValidQueries.Request.of("size-100KiB", large(100 * 1024), Map.of()),
			ValidQueries.Request.of("cost-1M", costly(), Map.of()));

	/**
	 * A query whose deepest field is {@code depth} levels down (the top-level field is level 1): an instrument, its
	 * paragraphs(first: 100), their instrument, its paragraphs … ending in a scalar at level {@code depth}.
	 */
	static String deep(int depth) {
		if (depth < 2) {
			throw new IllegalArgumentException("depth must be at least 2");
		}
		// The chain of object fields below the top-level instrument, and the scalar that ends each kind of level.
		String[] chain = { "paragraphs(first: 100)", "edges", "node", "instrument" };
		String[] leafAfter = { "totalCount", "cursor", "key", "key" };
		var open = new StringBuilder("query Deep { instrument(key: \"" + TUNIS + "\") {");
		int objectLevels = depth - 1; // levels 1 .. depth-1 have selection sets; level depth is the scalar
		String leaf = "key";
		for (int level = 2; level <= objectLevels; level++) {
			int k = (level - 2) % chain.length;
			open.append(' ').append(chain[k]).append(" {");
			leaf = leafAfter[k];
		}
		open.append(' ').append(leaf);
		return open.append(" }".repeat(objectLevels)).append(" }").toString();
	}

	/** A query of {@code count} aliased top-level fields, each a forum look-up. */
	static String aliases(int count) {
		var query = new StringBuilder("query Aliases {");
		for (int i = 0; i < count; i++) {
			query.append(" a").append(i).append(": forum(acronym: \"ITU\") { key }");
		}
		return query.append(" }").toString();
	}

	/**
	 * A valid query of exactly {@code bytes} bytes (UTF-8): the same scalar selected over and over, padded with
	 * spaces to the exact size.
	 */
	static String large(int bytes) {
		String head = "query Large { fora(first: 1) { totalCount";
		String tail = " } }";
		String field = " totalCount";
		int room = bytes - head.length() - tail.length();
		if (room < 0) {
			throw new IllegalArgumentException("too small: " + bytes);
		}
		int fields = room / field.length();
		String query = head + field.repeat(fields) + " ".repeat(room - fields * field.length()) + tail;
		assert query.getBytes(StandardCharsets.UTF_8).length == bytes;
		return query;
	}

	/**
	 * A shallow (11 levels, within the depth limit with one to spare), alias-free, small query whose cost is huge:
	 * instruments(first: 100) × paragraphs(first: 100) × their instrument's paragraphs(first: 100), a million
	 * paragraphs requested; only the cost budget refuses it.
	 */
	static String costly() {
		return """
				query Costly { instruments(first: 100) { edges { node { key
				  paragraphs(first: 100) { edges { node { key
				    instrument { paragraphs(first: 100) { edges { node { key text } } } }
				  } } }
				} } } }""";
	}

}
