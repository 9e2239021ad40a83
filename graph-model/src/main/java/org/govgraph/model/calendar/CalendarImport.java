package org.govgraph.model.calendar;

import java.util.List;

/** What an import of a forum's calendar file brings, and what it did. */
public final class CalendarImport {

	private CalendarImport() {
	}

	/**
	 * One event of the file, its times as the vocabulary keeps them (a local date-time with its
	 * IANA zone, or a date), its recurrence as written.
	 *
	 * @param uid the event's UID
	 * @param start {@code 2026-03-10T09:30} or {@code 2026-03-10}
	 * @param end the last day (inclusive) or the end time; null when the file gives none
	 * @param timeZone the IANA zone of local date-times; null for dates
	 * @param cancelled {@code STATUS:CANCELLED}
	 * @param rrule the {@code RRULE} value as written, or null
	 * @param rdates added occurrences, as start is written
	 * @param exdates removed occurrences, as start is written
	 * @param recurrenceId for an overridden occurrence, the start of the occurrence it replaces; null otherwise
	 * @param line the line of its {@code BEGIN:VEVENT}
	 */
	public record Event(String uid, String name, String start, String end, String timeZone, String venue,
			String description, String url, boolean cancelled, String rrule, List<String> rdates, List<String> exdates,
			String recurrenceId, int line) {

		public Event {
			rdates = List.copyOf(rdates);
			exdates = List.copyOf(exdates);
		}

	}

	/** The file: its name, its SHA-256 and size, who imports it. */
	public record File(String name, String sha256, long size, String importedBy, String correlationId, String comment) {
	}

	/** What an import did, by event; nothing when it was refused. */
	public record Result(int created, int updated, int cancelled, int unchanged, String source) {
	}

}
