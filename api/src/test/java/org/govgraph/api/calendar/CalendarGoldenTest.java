package org.govgraph.api.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import org.govgraph.model.calendar.CalendarFeedRepository.FeedEvent;
import org.govgraph.model.calendar.CalendarFeedRepository.Scope;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.vocabulary.NodeLabel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One forum's feed, pinned byte for byte: the ITU Secretary-General's Open Talks as the seeded
 * dataset has them (a timed event with an end, one with a duration, remote participation and a
 * contact), beside an all-day event, one known only to the month (left out), a retired one
 * (cancelled), and a recurring series with an overridden instance, as the import will store
 * them. With a fixed clock and fixed history, so the bytes never move. Set
 * {@code -Dcalendar.golden.write=true} to rewrite the file after a deliberate change.
 */
class CalendarGoldenTest {

	static final Path GOLDEN = Path.of("src/test/resources/calendar/itu-sg-forum.ics");

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	static final ZonedDateTime LOADED = ZonedDateTime.parse("2026-11-20T08:00:00Z");

	static final ZonedDateTime EDITED = ZonedDateTime.parse("2026-11-25T10:30:00Z");

	static String feed() {
		String base = "https://graph.example.org";
		return IcsWriter.write(new IcsWriter.Feed("ITU General Secretariat: calendar",
				CalendarUrls.of(base, Scope.FORUM, "itu/sg"), Duration.ofHours(6), NOW, events(),
				(key) -> CalendarUrls.of(base, Scope.SERIES, key)));
	}

	static List<FeedEvent> events() {
		var cafe = event("itu/sg/open-talks/2013-10-08-world-cafe", Map.of("name", "Open Talks World Café", "kind",
				"CONSULTATION", "format", "World Café", "start", "2013-10-08T18:15", "end", "2013-10-08T20:15", "timeZone",
				"Europe/Zurich", "venue", "ICT Discovery Museum, ITU headquarters", "city", "Geneva", "description",
				"The first Open Talks event, with about 50 participants from different stakeholder groups."),
				List.of(provenance("curated/E5", null, "CURATED", "name,kind,format,start,end,venue,city,description", null),
						provenance(null, null, "DERIVED", "timeZone",
								"The IANA time zone of the city where it was held: Geneva keeps Europe/Zurich time")));
		var townHall = event("itu/sg/open-talks/2013-10-25-town-hall", Map.ofEntries(Map.entry("name",
				"Informal consultation of the ITU Secretary-General on the role of governments in the multistakeholder model of Internet governance"),
				Map.entry("kind", "CONSULTATION"), Map.entry("format", "Town Hall"), Map.entry("start", "2013-10-25T09:00"),
				Map.entry("timeZone", "Asia/Makassar"), Map.entry("durationMinutes", 90L), Map.entry("region", "Bali"),
				Map.entry("country", "Indonesia"), Map.entry("remoteParticipation", true),
				Map.entry("contactOrganization", "United Nations Secretariat of the Internet Governance Forum (IGF)"),
				Map.entry("contactEmail", "igf@un.org"), Map.entry("contactPhone", "+41 (0) 229 173 411")),
				List.of(provenance("igf/legacy/itu-event-town-hall-consultation", "para_4", "QUOTED", "name,kind", null),
						provenance("curated/E6", null, "CURATED", "start,region,country", null)));
		var day = event("itu/wtpf-13", Map.of("name", "5th World Telecommunication/ICT Policy Forum (WTPF-13)", "kind",
				"POLICY_FORUM", "city", "Geneva", "start", "2013-05-14", "end", "2013-05-16"),
				List.of(provenance("curated/E3", null, "CURATED", "name,kind,city,start,end", null)));
		var month = event("test/month-only", Map.of("name", "Known to the month", "kind", "MEETING", "start", "2013-11"),
				List.of());
		var retiredProperties = new HashMap<String, Object>(Map.of("name", "A cancelled session", "kind", "MEETING",
				"start", "2013-11-12", "retired", true));
		var retired = event("test/cancelled", retiredProperties, List.of());
		var weekly = event("test/weekly", Map.of("name", "Weekly call", "kind", "MEETING", "start", "2014-01-07T15:00",
				"end", "2014-01-07T16:00", "timeZone", "Europe/Zurich", "uid", "weekly-call@example.org", "rrule",
				"FREQ=WEEKLY;COUNT=4", "exdates", List.of("2014-01-14T15:00"), "rdates", List.of("2014-02-05T15:00")),
				List.of());
		var moved = event("test/weekly/2014-01-21", Map.of("name", "Weekly call (moved)", "kind", "MEETING", "start",
				"2014-01-22T15:00", "end", "2014-01-22T16:00", "timeZone", "Europe/Zurich", "uid", "weekly-call@example.org",
				"recurrenceId", "2014-01-21T15:00"), List.of());
		List<String> fora = List.of("ITU General Secretariat");
		return List.of(new FeedEvent(cafe, LOADED, EDITED, 12, 1, null, fora, List.of()),
				new FeedEvent(townHall, LOADED, LOADED, 10, 0, null, fora, List.of("Internet Governance Forum")),
				new FeedEvent(day, LOADED, LOADED, 3, 0, null, List.of(), List.of()),
				new FeedEvent(month, LOADED, LOADED, 4, 0, null, List.of(), List.of()),
				new FeedEvent(retired, LOADED, EDITED, 13, 1, EDITED, List.of(), List.of()),
				new FeedEvent(weekly, LOADED, LOADED, 5, 0, null, List.of(), List.of()),
				new FeedEvent(moved, LOADED, LOADED, 6, 0, null, List.of(), List.of()));
	}

	static GraphNode event(String key, Map<String, Object> values, List<Map<String, String>> provenance) {
		var properties = new HashMap<String, Object>(values);
		properties.put("key", key);
		properties.put("provenanceSources", provenance.stream().map((p) -> p.get("source")).toList());
		properties.put("provenanceLocators", provenance.stream().map((p) -> p.get("locator")).toList());
		properties.put("provenanceQuotes", provenance.stream().map((p) -> "").toList());
		properties.put("provenanceKinds", provenance.stream().map((p) -> p.get("kind")).toList());
		properties.put("provenanceSupports", provenance.stream().map((p) -> p.get("supports")).toList());
		properties.put("provenanceRules", provenance.stream().map((p) -> p.get("rule")).toList());
		properties.put("provenanceDerivedFrom", provenance.stream().map((p) -> "").toList());
		return new GraphNode(NodeLabel.EVENT, key, properties);
	}

	static Map<String, String> provenance(String source, String locator, String kind, String supports, String rule) {
		return Map.of("source", (source != null) ? source : "", "locator", (locator != null) ? locator : "", "kind", kind,
				"supports", supports, "rule", (rule != null) ? rule : "");
	}

	@Test
	void theForumsFeedIsTheGoldenFileByteForByte() throws IOException {
		String feed = feed();
		if (Boolean.getBoolean("calendar.golden.write")) {
			Files.writeString(GOLDEN, feed, StandardCharsets.UTF_8);
		}
		assertThat(feed).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
	}

	@Test
	void aRetiredEventLeavesTheFeedsAfterTheRetention() {
		var events = events();
		var retired = events.get(4);
		assertThat(CalendarFeedController.shown(events, EDITED.toInstant().plus(Duration.ofDays(30)), Duration.ofDays(30)))
			.contains(retired)
			.hasSize(7);
		assertThat(CalendarFeedController.shown(events, EDITED.toInstant().plus(Duration.ofDays(30)).plusMillis(1),
				Duration.ofDays(30)))
			.doesNotContain(retired)
			.hasSize(6);
	}

	@Test
	void aKeyKeepsItsSlashesInTheFeedsPath() {
		assertThat(CalendarFeedController.key(Scope.FORUM, "/itu/cwg-internet.ics")).isEqualTo("itu/cwg-internet");
		assertThat(CalendarFeedController.key(Scope.FORUM, "/itu/cwg-internet")).isNull();
		assertThat(CalendarFeedController.key(Scope.FORUM, "/.ics")).isNull();
		assertThat(CalendarUrls.of("https://graph.example.org", Scope.SERIES, "itu/sg/open talks")).hasToString(
				"https://graph.example.org/calendar/series/itu/sg/open%20talks.ics");
	}

	@Test
	void theFeedParsesAndValidatesInIcal4jWithoutErrors() throws IOException, ParserException {
		var calendar = new CalendarBuilder().build(new StringReader(feed()));
		var result = calendar.validate(true);
		assertThat(result.getEntries()).isEmpty();
		assertThat(calendar.getComponents("VEVENT")).hasSize(6);
		assertThat(calendar.getComponents("VTIMEZONE")).hasSize(2);
	}

}
