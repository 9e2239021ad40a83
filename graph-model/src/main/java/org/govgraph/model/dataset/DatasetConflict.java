package org.govgraph.model.dataset;

import java.time.ZonedDateTime;

import org.govgraph.model.vocabulary.NodeLabel;

/**
 * A value a curator set that a later version of the dataset changed too: the curator's value
 * stayed, and the loader noted the dataset's, once per dataset version.
 *
 * @param label the label of the node
 * @param key the node's key
 * @param property the property both changed
 * @param datasetValue the dataset's value, as text; null when the dataset no longer has one
 * @param curatedValue the curator's value, as text, which the node keeps; null when the curator removed it
 * @param checksum the version of the dataset that changed it
 * @param at when the loader found it
 */
public record DatasetConflict(NodeLabel label, String key, String property, String datasetValue, String curatedValue,
		String checksum, ZonedDateTime at) {
}
