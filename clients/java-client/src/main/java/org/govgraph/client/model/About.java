package org.govgraph.client.model;

import java.util.List;

/**
 * What this API is serving.
 *
 * @param apiVersion the version of the API.
 * @param dataset the curated dataset the graph holds; null while none has been loaded.
 * @param datasetConflicts values a curator set that a later version of the dataset changed too, the latest first: the curator's value stayed, and the dataset's new value is listed here (once per dataset version) for a curator to review. Empty when no reload has met a curator's change.
 * @param calendarUrl the absolute address of the iCalendar feed of all events (subscribe to it by URL, or as {@code webcal://}); each forum, series and stakeholder group has its own ({@code calendarUrl}).
 */
public record About(String apiVersion, Dataset dataset, List<DatasetConflict> datasetConflicts, String calendarUrl) {

	public About {
		datasetConflicts = (datasetConflicts != null) ? List.copyOf(datasetConflicts) : List.of();
	}

}
