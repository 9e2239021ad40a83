package org.govgraph.client.model;

import java.util.List;

/**
 * One whole sync of events: every entry of every page of {@code eventChanges}, and the token for
 * the next sync.
 *
 * @param changes the entries, in the order the API gave them
 * @param nextSyncToken the {@code nextSyncToken} of the last page: pass it as {@code syncToken} next time
 */
public record EventSync(List<EventChange> changes, String nextSyncToken) {

	public EventSync {
		changes = List.copyOf(changes);
	}

}
