package org.govgraph.model.dataset;

import java.time.ZonedDateTime;

/**
 * Which dataset the graph holds: the checksum of the dataset files it was loaded from, and when.
 *
 * @param name the dataset's name
 * @param checksum SHA-256 of the dataset files, in load order
 * @param loadedAt when it was loaded
 */
public record DatasetVersion(String name, String checksum, ZonedDateTime loadedAt) {

	/** The name of the curated governance dataset. */
	public static final String GOVERNANCE = "governance";

}
