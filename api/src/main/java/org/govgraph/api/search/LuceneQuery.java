package org.govgraph.api.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.govgraph.api.graph.ApiException;

/**
 * A user's search text as a Lucene query that matches it literally. The text is split into
 * words exactly as the full-text index splits what it indexes (Neo4j's default analyzer,
 * {@code standard-no-stop-words}: Lucene's standard tokenizer, lower-cased, no stop words), so
 * punctuation, emoji and CJK characters count as the index counts them; every word is then
 * escaped and required. A text of more than {@value #MAX_TERMS} words is refused with a
 * {@code BAD_REQUEST}: more words add nothing to a search, and each is a clause the index must
 * evaluate (Lucene refuses more than 1,024).
 *
 * @param lucene the query for the full-text index
 * @param terms the words searched for, as the index sees them, for highlighting
 */
public record LuceneQuery(String lucene, List<String> terms) {

	/** The most words, as the index counts them, that a search text may have. */
	public static final int MAX_TERMS = 32;

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	/** The analyzer of the {@code governance_text} index (Neo4j's {@code standard-no-stop-words}). */
	private static final Analyzer INDEX_ANALYZER = new StandardAnalyzer(CharArraySet.EMPTY_SET);

	/** The query for the text given in the named argument; blank text, or too many words, is a {@code BAD_REQUEST}. */
	public static LuceneQuery of(String text, String argument) {
		var query = parse(text, argument);
		if (query == null) {
			throw ApiException.badRequest(argument, "'" + argument + "' must not be blank");
		}
		return query;
	}

	/**
	 * The query for the text given in the named argument, or null when the text holds no word
	 * (blank, only punctuation or control characters); more than {@value #MAX_TERMS} words is a
	 * {@code BAD_REQUEST} naming the argument.
	 */
	public static LuceneQuery parse(String text, String argument) {
		var words = words(text);
		if (words.size() > MAX_TERMS) {
			throw ApiException.badRequest(argument, "'" + argument + "' has more than " + MAX_TERMS
					+ " words as the search index counts them (punctuation, emoji and CJK characters split words); search for at most "
					+ MAX_TERMS + " (argument '" + argument + "')");
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

	/** The text's words as the index's analyzer produces them; stops counting one past the limit. */
	static List<String> words(String text) {
		var words = new ArrayList<String>();
		try (var tokens = INDEX_ANALYZER.tokenStream("text", text)) {
			var term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (words.size() <= MAX_TERMS && tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
