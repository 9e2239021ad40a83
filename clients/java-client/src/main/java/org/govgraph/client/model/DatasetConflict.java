package org.govgraph.client.model;

import java.time.OffsetDateTime;

/**
 * A value both a curator and a dataset reload changed; the curator's value is the one the graph keeps.
 *
 * @param kind the kind of entity whose value it is.
 * @param key the entity's stable key, e.g. {@code itu/wtpf-13}.
 * @param property the property both changed, as stored, e.g. {@code name}.
 * @param datasetValue the dataset's new value, as text; null when the dataset no longer has a value for it.
 * @param curatedValue the curator's value, as text, which the entity keeps; null when the curator removed the value.
 * @param checksum SHA-256 of the dataset files whose load found the conflict.
 * @param at when that load found it.
 */
public record DatasetConflict(NodeKind kind, String key, String property, String datasetValue, String curatedValue, String checksum, OffsetDateTime at) {

}
