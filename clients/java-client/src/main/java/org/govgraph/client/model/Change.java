package org.govgraph.client.model;

import java.time.OffsetDateTime;

/**
 * A write committed to one entity, as the change log recorded it.
 *
 * @param sequence its place in commit order: 1, 2, 3 … across all entities and API instances, without gaps, as decimal digits. Pass it as {@code after} to continue after it.
 * @param at when the write was committed; never earlier than the change before it.
 * @param by who made the write, as the change log names them (a curator: the subject of their token).
 * @param operation what the write did to the entity.
 * @param kind the kind of the entity.
 * @param key the entity's key.
 * @param version the entity's version after the write (see {@code Node.version}).
 * @param comment what the curator said of the write; null when nothing.
 * @param node the entity as it is now (not as the change left it): null when it is no longer in the graph.
 */
public record Change(String sequence, OffsetDateTime at, String by, ChangeOperation operation, NodeKind kind, String key, int version, String comment, Node node) {

}
