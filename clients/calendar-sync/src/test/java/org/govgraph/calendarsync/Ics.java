package org.govgraph.calendarsync;

import java.util.Arrays;
import java.util.stream.Collectors;

/** iCalendar text for tests, written as the API writes its feeds: every event with its own feed as URL. */
final class Ics {

	static final String BASE = "http://localhost:8080/calendar/series/";

	static final String ZURICH = """
			BEGIN:VTIMEZONE\r
			TZID:Europe/Zurich\r
			BEGIN:STANDARD\r
			DTSTART:19701025T030000\r
			TZOFFSETFROM:+0200\r
			TZOFFSETTO:+0100\r
			END:STANDARD\r
			END:VTIMEZONE\r
			""";

	private Ics() {
	}

	static String calendar(String... components) {
		return "BEGIN:VCALENDAR\r\nPRODID:-//governance-graph//calendar feeds//EN\r\nVERSION:2.0\r\n"
				+ String.join("", components) + "END:VCALENDAR\r\n";
	}

	/** An all-day event of this key, UID {@code <key>@governance-graph}. */
	static String event(String key, String summary) {
		return vevent(key + "@governance-graph", key, summary, "DTSTART;VALUE=DATE:20261210\r\n");
	}

	/** A timed event in Europe/Zurich. */
	static String zoned(String key, String summary) {
		return vevent(key + "@governance-graph", key, summary, "DTSTART;TZID=Europe/Zurich:20261210T090000\r\n");
	}

	static String vevent(String uid, String key, String summary, String... lines) {
		return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261201T000000Z\r\n"
				+ Arrays.stream(lines).collect(Collectors.joining()) + "SUMMARY:" + summary + "\r\nURL:" + url(key)
				+ "\r\nEND:VEVENT\r\n";
	}

	static java.net.URI url(String key) {
		return java.net.URI.create(BASE + key + ".ics");
	}

}
