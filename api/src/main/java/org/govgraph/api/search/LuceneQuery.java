package org.govgraph.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.govgraph.api.graph.ApiException;

/**
 * A user's search text as a Lucene query that matches it literally: every Lucene syntax
 * character is escaped, operators lose their meaning, and every word is required. Control
 * characters count as spaces. Only the first {@value #MAX_TERMS} words are used.
 *
 * @param lucene the query for the full-text index
 * @param terms the words searched for, lower-cased, for highlighting
 */
public record LuceneQuery(String lucene, List<String> terms) {

	/** More words than this add nothing to a search and would only cost the index work. */
	public static final int MAX_TERMS = 32;

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	/** The query for the text given in the named argument; blank text is a {@code BAD_REQUEST}. */
	public static LuceneQuery of(String text, String argument) {
		var query = parse(text);
		if (query == null) {
			throw ApiException.badRequest(argument, "'" + argument + "' must not be blank");
		}
		return query;
	}

	/** The query for the text, or null when the text holds no word (blank, or only control characters). */
	public static LuceneQuery parse(String text) {
		var words = new ArrayList<String>();
		for (String word : text.replaceAll("[\\p{Cntrl}\\p{Z}\\s]+", " ").trim().split(" ")) {
			if (!word.isEmpty() && words.size() < MAX_TERMS) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		}
		if (words.isEmpty()) {
			return null;
		}
		var query = new StringBuilder();
		for (String word : words) {
			query.append(query.isEmpty() ? "+" : " +");
			for (char c : word.toCharArray()) {
				if (SPECIAL.indexOf(c) >= 0) {
					query.append('\\');
				}
				query.append(c);
			}
		}
		return new LuceneQuery(query.toString(), List.copyOf(words));
	}

}
