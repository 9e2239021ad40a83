package org.govgraph.client.model;

import java.time.OffsetDateTime;

/**
 * A version of the curated dataset, as loaded into the graph.
 *
 * @param checksum SHA-256 of the dataset files the graph was loaded from.
 * @param loadedAt when that dataset was loaded.
 */
public record Dataset(String checksum, OffsetDateTime loadedAt) {

}
