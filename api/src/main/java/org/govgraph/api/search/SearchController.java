package org.govgraph.api.search;

import java.util.List;
import java.util.Locale;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.Connection;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.Page;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.vocabulary.NodeLabel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code search}: full-text search over titles, names and paragraph text, with highlighted snippets. */
@Controller
class SearchController {

	/** How many characters of context a snippet shows on each side of the first match. */
	static final int CONTEXT = 80;

	private static final List<String> SNIPPET_FIELDS = List.of("text", "description", "title", "name", "symbol",
			"acronym", "venue", "city", "region", "country");

	private final GraphRepository graph;

	SearchController(GraphRepository graph) {
		this.graph = graph;
	}

	/** A {@code SearchHitEdge}. */
	record SearchHitEdge(String cursor, GraphNode node, double score, String snippet) {
	}

	@QueryMapping
	Connection<SearchHitEdge> search(@Argument String query, @Argument List<String> kinds, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		var paging = Connections.paging("search", first, after, selection);
		var lucene = LuceneQuery.parse(query, "query");
		if (lucene == null) {
			// Nothing to look for: no hits, rather than an error.
			return Connections.ofEdges(new Page<GraphNode>(List.of(), false, 0), paging,
					(hit, edgeCursor) -> new SearchHitEdge(edgeCursor, hit, 0, null));
		}
		var labels = (kinds != null) ? kinds.stream().map((k) -> NodeLabel.valueOf(k).label()).toList() : null;
		var page = this.graph.search(lucene.lucene(), labels, paging.after(), paging.first(), paging.count());
		return Connections.ofEdges(page, paging,
				(hit, edgeCursor) -> new SearchHitEdge(edgeCursor, hit.node(), hit.score(), snippet(hit.node(), lucene.terms())));
	}

	/**
	 * The passage of the node's text around the first match, as HTML element content: only
	 * {@code &}, {@code <} and {@code >} escaped, each match wrapped in {@code <mark>}; null when
	 * no field contains a searched word as typed.
	 */
	static String snippet(GraphNode node, List<String> terms) {
		var words = terms.stream().map((t) -> t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "")).filter((t) -> !t.isEmpty()).toList();
		for (String field : SNIPPET_FIELDS) {
			String text = node.string(field);
			if (text == null) {
				continue;
			}
			String lower = text.toLowerCase(Locale.ROOT);
			int first = -1;
			for (String word : words) {
				int at = lower.indexOf(word);
				if (at >= 0 && (first < 0 || at < first)) {
					first = at;
				}
			}
			if (first < 0) {
				continue;
			}
			int start = Math.max(0, first - CONTEXT);
			int end = Math.min(text.length(), first + CONTEXT);
			return (start > 0 ? "…" : "") + highlight(text.substring(start, end), words) + (end < text.length() ? "…" : "");
		}
		return null;
	}

	private static String highlight(String passage, List<String> words) {
		String lower = passage.toLowerCase(Locale.ROOT);
		var out = new StringBuilder();
		int i = 0;
		while (i < passage.length()) {
			int matched = 0;
			for (String word : words) {
				if (lower.startsWith(word, i) && word.length() > matched) {
					matched = word.length();
				}
			}
			if (matched > 0) {
				out.append("<mark>").append(escape(passage.substring(i, i + matched))).append("</mark>");
				i += matched;
			}
			else {
				out.append(escape(String.valueOf(passage.charAt(i))));
				i++;
			}
		}
		return out.toString();
	}

	/** Escapes text for HTML element content: {@code &}, {@code <} and {@code >}, nothing else. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
