package org.govgraph.client.model;

/**
 * An entity matching a search, with how well it matches and where.
 *
 * @param cursor opaque cursor of this hit, for {@code after}.
 * @param node the matching entity: use an inline fragment for kind-specific fields.
 * @param score relevance score; higher is better. Comparable only within one search.
 * @param snippet A short passage of the matching text (a title, name, text, description, venue, city or country) as HTML element content: each match wrapped in {@code &lt;mark&gt;} and {@code &lt;/mark&gt;}, and only {@code &}, {@code &lt;} and {@code &gt;} escaped ({@code &amp;}, {@code &lt;}, {@code &gt;}); every other character, {@code é}, {@code ’} or {@code '}, is itself. Null when the match is in no text worth showing.
 */
public record SearchHitEdge(String cursor, Node node, double score, String snippet) {

}
