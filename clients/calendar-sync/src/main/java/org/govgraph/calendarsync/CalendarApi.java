package org.govgraph.calendarsync;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What the command needs of the API: finding a forum, paging {@code eventChanges}, importing a
 * calendar and fetching a feed. {@link GovernanceGraphCalendarApi} is the real one, on the typed
 * Java client; tests give fakes.
 */
interface CalendarApi extends AutoCloseable {

	/** A forum: its global ID, key, name and the address of its calendar feed. */
	record Forum(String id, String key, String name, URI calendarUrl) {
	}

	/** An entry of a sync: an event's UID and key, whether it is cancelled, and its own feed. */
	record Entry(String uid, String key, boolean cancelled, URI calendarUrl) {
	}

	/** A page of {@code eventChanges}; only the last has {@code nextSyncToken}. */
	record Page(List<Entry> entries, boolean hasNextPage, String endCursor, String nextSyncToken) {
		public Page {
			entries = List.copyOf(entries);
		}
	}

	/** What an import did, or the messages of why it was refused. */
	record Imported(int created, int updated, int cancelled, int unchanged, List<String> userErrors) {
		public Imported {
			userErrors = List.copyOf(userErrors);
		}
	}

	/** A request that failed: what failed and the correlation id the API logged it under (null when none). */
	class ApiException extends RuntimeException {

		private final String correlationId;

		ApiException(String message, String correlationId, Throwable cause) {
			super(message, cause);
			this.correlationId = correlationId;
		}

		String correlationId() {
			return this.correlationId;
		}

	}

	/** {@code SYNC_TOKEN_INVALID}: the sync token (or a cursor of its sync) cannot be used; sync again without one. */
	class SyncTokenRejectedException extends ApiException {

		SyncTokenRejectedException(String message, String correlationId, Throwable cause) {
			super(message, correlationId, cause);
		}

	}

	/** The forum as a person types it (acronym, key or global ID); empty when there is none. */
	Optional<Forum> forum(String typed);

	/** One page of {@code eventChanges} for the forum's calendar. */
	Page eventChanges(String syncToken, String forumId, int first, String after);

	/** Imports a calendar file into the forum's calendar ({@code importCalendar}). */
	Imported importCalendar(String forumId, String ics, String fileName, String comment);

	/** The text of an iCalendar feed. */
	String feed(URI url);

	@Override
	void close();

}
