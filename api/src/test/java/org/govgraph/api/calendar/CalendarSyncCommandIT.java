package org.govgraph.api.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.context.TestPropertySource;

import org.govgraph.api.support.CuratedApiTest;
import org.govgraph.calendarsync.GovernanceCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code governance-calendar} command (clients/calendar-sync) against the running API: a
 * first sync mirrors ITU's feed, pushed calendars create, update and cancel events that the next
 * sync applies one by one (the mirror then holds what the feed holds for them), a garbled token
 * leads to a full sync, an unknown forum fails with 1 and bad usage with 2.
 */
// A cold import on a busy 2-core machine has been seen to take over the default 5 s (answered 504).
@TestPropertySource(properties = "govgraph.limits.request-timeout=30s")
class CalendarSyncCommandIT extends CuratedApiTest {

	@TempDir
	Path directory;

	/** What a run of the command gave. */
	record Run(int status, String out, String err) {
	}

	private Run run(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int status = GovernanceCalendar.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private String api() {
		return "http://127.0.0.1:" + this.port;
	}

	private Run sync(Path mirror) {
		return run("sync", "--api", api(), "--forum", "ITU", "--out", mirror.toString(), "--page-size", "7");
	}

	private Run push(Path file) {
		return run("push", "--api", api(), "--forum", "itu", "--token", token("secretariat", "CURATOR", "ADMIN"),
				"--comment", "CalendarSyncCommandIT", file.toString());
	}

	private String ituFeed() {
		var response = this.http.get("/calendar/fora/itu.ics");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** Each UID's VEVENTs as text, sorted. */
	private static Map<String, List<String>> events(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return calendar.<CalendarComponent>getComponents(Component.VEVENT)
			.stream()
			.collect(Collectors.groupingBy((event) -> event.getProperty(Property.UID).orElseThrow().getValue(), TreeMap::new,
					Collectors.mapping(CalendarComponent::toString, Collectors.collectingAndThen(Collectors.toList(),
							(list) -> list.stream().sorted().toList()))));
	}

	private static List<String> zones(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return calendar.<CalendarComponent>getComponents(Component.VTIMEZONE)
			.stream()
			.map((zone) -> zone.getProperty(Property.TZID).orElseThrow().getValue())
			.toList();
	}

	private Path file(String name, String... events) throws IOException {
		Path file = this.directory.resolve(name);
		Files.writeString(file, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Calendar sync//EN\r\n"
				+ String.join("", events) + "END:VCALENDAR\r\n");
		return file;
	}

	private static String vevent(String uid, String summary, String... lines) {
		return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:" + summary + "\r\n"
				+ String.join("", lines) + "END:VEVENT\r\n";
	}

	@Test
	void aMirrorOfItuIsKeptCurrentThroughPushedChanges() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String briefing = "briefing-" + run + "@calsync.test";
		String workshop = "workshop-" + run + "@calsync.test";
		String weekly = "weekly-" + run + "@calsync.test";
		String review = "review-" + run + "@calsync.test";
		Path mirror = this.directory.resolve("itu.ics");
		Path tokenFile = this.directory.resolve("itu.ics.sync-token");

		Run first = sync(mirror);
		String feed = ituFeed();
		assertThat(first.status()).isZero();
		assertThat(first.err()).isEmpty();
		assertThat(Files.readString(mirror)).isEqualTo(feed);
		int ituEvents = events(feed).size();
		assertThat(events(Files.readString(mirror)).keySet()).isEqualTo(events(feed).keySet());
		assertThat(first.out()).isEqualTo("full sync: " + ituEvents + " events; token saved\n");
		assertThat(Files.readString(tokenFile)).startsWith("ZXZlbnRDaGFuZ2VzLXN5bmMtdjE.").endsWith("\n");

		Run unchanged = sync(mirror);
		assertThat(unchanged).isEqualTo(new Run(0, "0 created, 0 updated, 0 cancelled; token saved\n", ""));
		assertThat(Files.readString(mirror)).isEqualTo(feed);

		Run pushed = push(file("itu-a.ics",
				vevent(briefing, "CWG-Internet briefing", "DTSTART;TZID=Asia/Tokyo:20270310T093000\r\n",
						"DTEND;TZID=Asia/Tokyo:20270310T120000\r\n", "LOCATION:Tokyo\r\n"),
				vevent(workshop, "Two-day workshop", "DTSTART;VALUE=DATE:20270315\r\n", "DTEND;VALUE=DATE:20270317\r\n"),
				vevent(weekly, "Weekly call", "DTSTART;TZID=America/Lima:20270401T140000\r\n",
						"DTEND;TZID=America/Lima:20270401T150000\r\n", "RRULE:FREQ=WEEKLY;COUNT=4\r\n"),
				vevent(weekly, "Weekly call (moved)", "RECURRENCE-ID;TZID=America/Lima:20270408T140000\r\n",
						"DTSTART;TZID=America/Lima:20270408T160000\r\n", "DTEND;TZID=America/Lima:20270408T170000\r\n")));
		assertThat(pushed).isEqualTo(new Run(0, "4 created, 0 updated, 0 cancelled, 0 unchanged\n", ""));

		Run second = sync(mirror);
		assertThat(second).isEqualTo(new Run(0, "4 created, 0 updated, 0 cancelled; token saved\n", ""));
		feed = ituFeed();
		var mirrored = events(Files.readString(mirror));
		assertThat(mirrored.keySet()).isEqualTo(events(feed).keySet()).contains(briefing, workshop, weekly);
		assertThat(mirrored).isEqualTo(events(feed));
		assertThat(mirrored.get(weekly)).hasSize(2);
		assertThat(zones(Files.readString(mirror))).contains("Asia/Tokyo", "America/Lima");

		Run changed = push(file("itu-b.ics",
				vevent(briefing, "CWG-Internet briefing (room changed)", "DTSTART;TZID=Asia/Tokyo:20270310T093000\r\n",
						"DTEND;TZID=Asia/Tokyo:20270310T120000\r\n", "LOCATION:Tokyo\r\n"),
				vevent(workshop, "Two-day workshop", "DTSTART;VALUE=DATE:20270315\r\n", "DTEND;VALUE=DATE:20270317\r\n",
						"STATUS:CANCELLED\r\n"),
				vevent(review, "Review", "DTSTART;VALUE=DATE:20270501\r\n")));
		assertThat(changed).isEqualTo(new Run(0, "1 created, 1 updated, 1 cancelled, 0 unchanged\n", ""));

		Run third = sync(mirror);
		assertThat(third).isEqualTo(new Run(0, "1 created, 1 updated, 1 cancelled; token saved\n", ""));
		feed = ituFeed();
		mirrored = events(Files.readString(mirror));
		var served = events(feed);
		assertThat(mirrored).doesNotContainKey(workshop);
		assertThat(served.get(workshop)).singleElement().asString().contains("STATUS:CANCELLED");
		served.remove(workshop);
		assertThat(mirrored).isEqualTo(served);
		assertThat(mirrored.get(briefing)).singleElement().asString().contains("SUMMARY:CWG-Internet briefing (room changed)");
		assertThat(zones(Files.readString(mirror))).doesNotHaveDuplicates().contains("Asia/Tokyo", "America/Lima");

		Files.writeString(tokenFile, "garbled\n");
		Run resync = sync(mirror);
		assertThat(resync.status()).isZero();
		assertThat(resync.err()).isEqualTo("governance-calendar: the saved sync token (itu.ics.sync-token) was refused "
				+ "(SYNC_TOKEN_INVALID: This syncToken is not one this API issued: start over without a syncToken "
				+ "(a full sync) and keep its nextSyncToken); doing a full sync\n");
		feed = ituFeed();
		assertThat(resync.out()).isEqualTo("full sync: " + events(feed).size() + " events; token saved\n");
		assertThat(events(feed).size()).isEqualTo(ituEvents + 4);
		assertThat(Files.readString(mirror)).isEqualTo(feed);
		assertThat(Files.readString(tokenFile)).startsWith("ZXZlbnRDaGFuZ2VzLXN5bmMtdjE.");
		assertThat(sync(mirror)).isEqualTo(new Run(0, "0 created, 0 updated, 0 cancelled; token saved\n", ""));
	}

	@Test
	void anUnknownForumFailsWith1AndBadUsageWith2() throws IOException {
		Path mirror = this.directory.resolve("none.ics");
		Run unknown = run("sync", "--api", api(), "--forum", "NO-SUCH-FORUM", "--out", mirror.toString());
		assertThat(unknown).isEqualTo(new Run(1, "", "governance-calendar: no forum 'NO-SUCH-FORUM' at " + api()
				+ " (give its acronym, e.g. ITU, its key, e.g. itu/sg, or its ID)\n"));
		assertThat(mirror).doesNotExist();

		Run byKey = run("sync", "--api", api(), "--forum", "itu/cwg-internet", "--out", mirror.toString());
		assertThat(byKey.status()).isZero();
		assertThat(byKey.out()).startsWith("full sync: ");

		Run usage = run("sync", "--api", api(), "--forum", "ITU");
		assertThat(usage.status()).isEqualTo(2);
		assertThat(usage.out()).isEmpty();
		assertThat(usage.err()).startsWith("governance-calendar: missing --out\n\nUsage:\n");

		Path file = this.directory.resolve("curator.ics");
		Files.writeString(file, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Calendar sync//EN\r\n"
				+ vevent("curator-only@calsync.test", "Not imported", "DTSTART;VALUE=DATE:20270601\r\n") + "END:VCALENDAR\r\n");
		Run refused = run("push", "--api", api(), "--forum", "ITU", "--token", token("bob", "CURATOR"), file.toString());
		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.out()).isEmpty();
		assertThat(refused.err()).startsWith("governance-calendar: push failed: importCalendar: FORBIDDEN: ").contains("(correlation id ");
	}

}
