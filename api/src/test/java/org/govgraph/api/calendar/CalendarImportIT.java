package org.govgraph.api.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.govgraph.api.support.CuratedApiTest;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a forum's calendar over HTTP: an administrator's file is upserted by UID (the same
 * file twice changes nothing), times keep their zones (a VTIMEZONE that is not an IANA name is
 * matched to one), an all-day event ends on its last day, a recurring series keeps its rule and
 * exceptions with its overridden occurrence as its own event, a cancelled event is retired, and an
 * invalid file is refused whole, naming its line, with nothing written.
 */
class CalendarImportIT extends CuratedApiTest {

	private static final String IMPORT = """
			mutation($input: ImportCalendarInput!) { importCalendar(input: $input) {
			  forum { key } created updated cancelled unchanged source userErrors { field message code } } }
			""";

	private static String file(String name) throws IOException {
		try (var in = CalendarImportIT.class.getResourceAsStream("/calendar/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private Map<String, Object> importAsAdmin(String ics) {
		var answer = GraphQlHttp.parse(this.http.post(IMPORT,
				Map.of("input", Map.of("forum", id("Forum", "itu"), "ics", ics, "fileName", "itu-import.ics")),
				Map.of("Authorization", "Bearer " + token("admin", "CURATOR", "ADMIN"))).body());
		return answer.read("$.data.importCalendar");
	}

	private static Map<String, Object> stored(String key) {
		try (var driver = TestNeo4j.forWrites().newDriver(); var session = driver.session()) {
			return session.run("MATCH (e:Event {key: $key}) RETURN properties(e) AS p", Map.of("key", key))
				.single()
				.get("p")
				.asMap();
		}
	}

	private static long count(String cypher) {
		try (var driver = TestNeo4j.forWrites().newDriver(); var session = driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	@Test
	void aFileIsUpsertedByUidAndImportingItAgainChangesNothing() throws IOException {
		var ics = file("itu-import.ics");
		var first = importAsAdmin(ics);
		assertThat(first).containsEntry("created", 4)
			.containsEntry("updated", 0)
			.containsEntry("cancelled", 1)
			.containsEntry("unchanged", 0)
			.containsEntry("userErrors", List.of())
			.containsEntry("forum", Map.of("key", "itu"));
		var source = (String) first.get("source");
		assertThat(source).startsWith("curated/import/").hasSize("curated/import/".length() + 16);

		var briefing = this.http.query("""
				query($id: ID!) { node(id: $id) { ... on Event { name kind venue timeZone version
				  start { localDateTime timeZone } end { localDateTime } meetingOf { forum { key } }
				  provenance { kind source statement } } } }
				""", Map.of("id", id("Event", "itu/calendar/briefing-2026-03@import.test")));
		assertThat(briefing.<Map<String, Object>>read("$.data.node")).containsEntry("name", "CWG-Internet briefing")
			.containsEntry("kind", "MEETING")
			.containsEntry("venue", "ITU headquarters")
			.containsEntry("timeZone", "Europe/Zurich")
			.containsEntry("version", 1)
			.containsEntry("start", Map.of("localDateTime", "2026-03-10T09:30", "timeZone", "Europe/Zurich"))
			.containsEntry("end", Map.of("localDateTime", "2026-03-10T12:00"))
			.containsEntry("meetingOf", List.of(Map.of("forum", Map.of("key", "itu"))));
		assertThat(briefing.<String>read("$.data.node.provenance[0].source")).isEqualTo(source);
		assertThat(briefing.<String>read("$.data.node.provenance[0].statement"))
			.startsWith("Calendar file 'itu-import.ics' (" + ics.getBytes(StandardCharsets.UTF_8).length + " bytes, SHA-256 ")
			.endsWith(") imported by admin.");

		assertThat(stored("itu/calendar/workshop-2026-03@import.test")).containsEntry("start", "2026-03-15")
			.containsEntry("end", "2026-03-16")
			.containsEntry("startPrecision", "DAY");
		var series = stored("itu/calendar/weekly-call@import.test");
		assertThat(series).containsEntry("start", "2026-04-01T14:00")
			.containsEntry("end", "2026-04-01T15:00")
			.containsEntry("timeZone", "Europe/Amsterdam")
			.containsEntry("rrule", "FREQ=WEEKLY;COUNT=4")
			.containsEntry("exdates", List.of("2026-04-15T14:00"))
			.containsEntry("uid", "weekly-call@import.test");
		var moved = stored("itu/calendar/weekly-call@import.test/2026-04-08T1400");
		assertThat(moved).containsEntry("name", "Weekly call (moved)")
			.containsEntry("start", "2026-04-08T16:00")
			.containsEntry("recurrenceId", "2026-04-08T14:00")
			.containsEntry("uid", "weekly-call@import.test");
		assertThat(count("MATCH (:Event {key: 'itu/calendar/weekly-call@import.test/2026-04-08T1400'})-[:PART_OF]->"
				+ "(:Event {key: 'itu/calendar/weekly-call@import.test'}) RETURN count(*)")).isEqualTo(1);
		assertThat(stored("itu/calendar/cancelled-2026-05@import.test")).containsEntry("retired", true)
			.containsEntry("start", "2026-05-05T08:00")
			.containsEntry("timeZone", "UTC");

		long changes = count("MATCH (c:Change) RETURN count(c)");
		var again = importAsAdmin(ics);
		assertThat(again).containsEntry("created", 0)
			.containsEntry("updated", 0)
			.containsEntry("cancelled", 0)
			.containsEntry("unchanged", 5)
			.containsEntry("source", source);
		assertThat(count("MATCH (c:Change) RETURN count(c)")).isEqualTo(changes);

		var changed = importAsAdmin(ics.replace("SUMMARY:Two-day workshop", "SUMMARY:Two-day workshop on IXPs"));
		assertThat(changed).containsEntry("created", 0).containsEntry("updated", 1).containsEntry("unchanged", 4);
		assertThat(stored("itu/calendar/workshop-2026-03@import.test")).containsEntry("name", "Two-day workshop on IXPs")
			.containsEntry("version", 2L);
	}

	@Test
	void anInvalidFileIsRefusedWholeNamingItsLineAndNothingIsWritten() throws IOException {
		long events = count("MATCH (e:Event) RETURN count(e)");
		long changes = count("MATCH (c:Change) RETURN count(c)");
		var ics = file("itu-import.ics")
			.replace("UID:briefing-2026-03@import.test", "UID:other-briefing@import.test")
			.replace("DTEND;TZID=Europe/Zurich:20260310T120000", "DTEND;TZID=Europe/Zurich:20260309T120000")
			.replace("SUMMARY:Two-day workshop\n", "");
		var refused = importAsAdmin(ics);
		assertThat(refused).containsEntry("created", 0).containsEntry("source", null);
		assertThat(refused.get("userErrors")).isEqualTo(List.of(
				Map.of("field", List.of("input", "ics"), "code", "VALIDATION", "message",
						"line 19: the event ends (2026-03-09T12:00) before it starts (2026-03-10T09:30)"),
				Map.of("field", List.of("input", "ics"), "code", "VALIDATION", "message",
						"line 27: the VEVENT workshop-2026-03@import.test needs a SUMMARY (its name)")));

		// A VEVENT that is never closed: the parser names the line where it noticed.
		var broken = importAsAdmin("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nSUMMARY:y\nEND:VCALENDAR\n");
		assertThat(broken.get("userErrors")).isEqualTo(List.of(Map.of("field", List.of("input", "ics"), "code",
				"VALIDATION", "message", "line 6: Expected [VEVENT], read [VCALENDAR]")));
		assertThat(count("MATCH (e:Event) RETURN count(e)")).isEqualTo(events);
		assertThat(count("MATCH (c:Change) RETURN count(c)")).isEqualTo(changes);
	}

	@Test
	void aFilePostedToTheForumsCalendarUrlIsImported() throws IOException {
		var ics = file("itu-import.ics").replace("@import.test", "@posted.test");
		var request = this.http.request("/calendar/fora/itu.ics")
			.header("Content-Type", "text/calendar; charset=utf-8")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(ics));
		var anonymous = this.http.send(this.http.request("/calendar/fora/itu.ics")
			.header("Content-Type", "text/calendar")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(ics)));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		var posted = this.http.send(request.header("Authorization", "Bearer " + token("admin", "ADMIN")));
		assertThat(posted.statusCode()).isEqualTo(200);
		var answer = GraphQlHttp.parse(posted.body());
		assertThat(answer.<Map<String, Object>>read("$")).containsEntry("forum", "itu")
			.containsEntry("created", 4)
			.containsEntry("cancelled", 1)
			.containsEntry("userErrors", List.of());
		var again = this.http.send(this.http.request("/calendar/fora/itu.ics")
			.header("Content-Type", "text/calendar")
			.header("Authorization", "Bearer " + token("admin", "ADMIN"))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(ics.replace("END:VCALENDAR", "BEGIN:VEVENT\nEND:VCALENDAR"))));
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(GraphQlHttp.parse(again.body()).<String>read("$.userErrors[0].message")).startsWith("line ");
	}

	@Test
	void onlyAdministratorsImport() throws IOException {
		var answer = asCurator(IMPORT, Map.of("input", Map.of("forum", id("Forum", "itu"), "ics", file("itu-import.ics"))));
		assertThat(answer.<String>read("$.errors[0].extensions.classification")).isEqualTo("FORBIDDEN");
		assertThat(answer.<Object>read("$.data.importCalendar")).isNull();
	}

	@Test
	void aRecurringSeriesExportsTheOccurrencesItWasImportedWith() throws Exception {
		var ics = file("itu-import.ics").replace("@import.test", "@roundtrip.test");
		importAsAdmin(ics);
		var feed = this.http.get("/calendar/fora/itu.ics");
		assertThat(feed.statusCode()).isEqualTo(200);
		var period = new net.fortuna.ical4j.model.Period<>(java.time.ZonedDateTime.parse("2026-03-01T00:00:00Z"),
				java.time.ZonedDateTime.parse("2026-07-01T00:00:00Z"));
		assertThat(occurrences(feed.body(), "weekly-call@roundtrip.test", period))
			.isEqualTo(occurrences(ics, "weekly-call@roundtrip.test", period))
			.containsExactly(java.time.Instant.parse("2026-04-01T12:00:00Z"), java.time.Instant.parse("2026-04-08T14:00:00Z"),
					java.time.Instant.parse("2026-04-22T12:00:00Z"));
	}

	/** The start instants of a series' occurrences: its rule's, less those overridden, plus the overrides'. */
	private static java.util.Set<java.time.Instant> occurrences(String ics,
			String uid, net.fortuna.ical4j.model.Period<java.time.ZonedDateTime> period) throws Exception {
		var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
		var result = new java.util.TreeSet<java.time.Instant>();
		var overridden = new java.util.HashSet<java.time.Instant>();
		var overrides = new java.util.TreeSet<java.time.Instant>();
		for (net.fortuna.ical4j.model.component.CalendarComponent component : calendar
			.<net.fortuna.ical4j.model.component.CalendarComponent>getComponents("VEVENT")) {
			var id = component.<net.fortuna.ical4j.model.Property>getProperty("UID").map((p) -> p.getValue()).orElse("");
			if (!id.equals(uid)) {
				continue;
			}
			var recurrenceId = component.<net.fortuna.ical4j.model.property.RecurrenceId<java.time.temporal.Temporal>>getProperty("RECURRENCE-ID");
			if (recurrenceId.isPresent()) {
				overridden.add(java.time.Instant.from(recurrenceId.get().getDate()));
				var start = component.<net.fortuna.ical4j.model.property.DtStart<java.time.temporal.Temporal>>getProperty("DTSTART").orElseThrow();
				overrides.add(java.time.Instant.from(start.getDate()));
				continue;
			}
			for (var occurrence : component.<java.time.temporal.Temporal>calculateRecurrenceSet(period)) {
				result.add(java.time.Instant.from(occurrence.getStart()));
			}
		}
		result.removeAll(overridden);
		result.addAll(overrides);
		return result;
	}

}
