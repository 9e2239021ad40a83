package org.govgraph.client.model;

import java.util.List;

/**
 * What supports one value a write sets. {@code QUOTED}: {@code source} (a source document's key, e.g. {@code itu/wtpf-13/media-backgrounder}), {@code locator} (its paragraph's eId) and {@code quote} (exact words of that paragraph); a source outside the graph is accepted with its {@code url}. {@code CURATED}: {@code source} a curated fact ({@code curated/E3}); a new one is added when {@code statement} and {@code url} are given. {@code DERIVED}: {@code rule} and {@code derivedFrom}. A null component is left out of the request.
 *
 * @param source the source's key: a source document's instrument key, or a curated fact's ({@code curated/…}).
 * @param locator for a quote, the eId of the source document's paragraph that holds it.
 * @param quote for a quote, the exact words; they must occur in the paragraph's text.
 * @param kind quoted, curated or derived. Required.
 * @param url the public address of a source outside the graph, or of a new curated fact.
 * @param statement for a new curated fact, its statement in our own words.
 * @param rule for a derived value, the rule it follows from, in words.
 * @param derivedFrom for a derived value, the facts it follows from: a property of the same entity ({@code city}), of another ({@code itu/pp-10.name}), an entity's key, or a curated fact.
 * @param supports the values (input field names) this entry supports; every value the write sets when omitted. Not given for a relationship's entries, which support the relationship.
 */
public record ProvenanceInput(String source, String locator, String quote, ProvenanceKind kind, String url, String statement, String rule, List<String> derivedFrom, List<String> supports) implements GraphQlInput {

}
