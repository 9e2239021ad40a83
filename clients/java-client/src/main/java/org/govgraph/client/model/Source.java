package org.govgraph.client.model;

/**
 * A source that facts rest on: a curated statement from a public record, or a source document the graph holds.
 *
 * @param key the source's key: {@code curated/E…} or a source document's instrument key.
 * @param kind which kind of source it is.
 * @param title for a source document, its title; null for a curated fact.
 * @param statement for a curated fact, the statement in the curators' own words; null for a document.
 * @param url for a curated fact, the address of the public record; null for a document.
 * @param supports what rests on this source: the facts (entity values and relationships) it supports, each with the supporting words, by support key.
 */
public record Source(String key, SourceKind kind, String title, String statement, String url, Connection<SupportedFact> supports) {

}
