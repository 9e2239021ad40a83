package org.govgraph.client.model;

import java.util.List;

/**
 * The source behind a fact, one entry per source of a value (after Wikidata's statement model: each value with its own references). A quoted entry names a source document, the paragraph ({@code locator}) and the exact words ({@code quote}); a curated entry names a curated statement from a public record ({@code url}); a derived entry states the rule by which the value was inferred and the facts it was inferred from (after PROV-O's {@code wasDerivedFrom}).
 *
 * @param kind whether the fact is quoted from a source document, curated from a public record, or derived by a stated rule.
 * @param source key of the source: a source document's instrument key (e.g. {@code itu/wtpf-13/media-backgrounder}) or a curated fact (e.g. {@code curated/E3}); null for a derived value, which rests on {@code derivedFrom}.
 * @param locator for quoted facts, the {@code eId} of the source document's paragraph that holds the quote (e.g. {@code para_10}); null otherwise.
 * @param quote for quoted facts, the exact words of that paragraph that support the fact; null otherwise.
 * @param url for curated facts, the address of the public record the curated statement names; null otherwise.
 * @param statement for curated facts, the curated statement in the curators' own words; null otherwise.
 * @param rule for derived values, the rule they were inferred by, in words (e.g. the IANA time zone of the venue's city); null otherwise.
 * @param derivedFrom for derived values, the facts they were inferred from: a property of the same entity ({@code city}), of another ({@code itu/pp-10.name}), an entity's key, or a source ({@code curated/E2}); empty otherwise.
 * @param supports the properties of the entity this entry supports (e.g. {@code ["name", "start"]}); empty for a relationship's entries, which support the relationship and all its properties.
 * @param sourceTitle for quoted facts, the title of the source document; null otherwise.
 */
public record Provenance(ProvenanceKind kind, String source, String locator, String quote, String url, String statement, String rule, List<String> derivedFrom, List<String> supports, String sourceTitle) {

	public Provenance {
		derivedFrom = (derivedFrom != null) ? List.copyOf(derivedFrom) : List.of();
		supports = (supports != null) ? List.copyOf(supports) : List.of();
	}

}
