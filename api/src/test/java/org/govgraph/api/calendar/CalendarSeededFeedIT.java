package org.govgraph.api.calendar;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.govgraph.api.support.SeededApiTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feeds of the seeded graph over HTTP (read only): they parse and validate in ical4j with no
 * errors, hold exactly the events of their scope, place timed and all-day events, answer a
 * conditional GET of an unchanged feed with 304, and are named by the GraphQL API.
 */
class CalendarSeededFeedIT extends SeededApiTest {

	@LocalServerPort
	int serverPort;

	static final String WORLD_CAFE = "itu/sg/open-talks/2013-10-08-world-cafe";

	static final String TOWN_HALL = "itu/sg/open-talks/2013-10-25-town-hall";

	@Test
	void theSeededFeedsParseAndValidateWithoutErrors() throws Exception {
		for (String path : List.of("/calendar/events.ics", "/calendar/fora/itu/sg.ics", "/calendar/fora/itu.ics",
				"/calendar/series/wsis/summit.ics", "/calendar/series/itu/sg/open-talks.ics",
				"/calendar/stakeholder-groups/governments.ics")) {
			var response = this.http.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(path).contains("text/calendar;charset=utf-8");
			var calendar = parse(response.body());
			assertThat(calendar.validate(true).getEntries()).as(path).isEmpty();
		}
		assertThat(uids(get("/calendar/fora/itu/sg.ics"))).containsExactly(WORLD_CAFE + "@governance-graph",
				TOWN_HALL + "@governance-graph");
		assertThat(uids(get("/calendar/series/wsis/summit.ics"))).containsExactly("wsis/2003-geneva@governance-graph",
				"wsis/2005-tunis@governance-graph", "wsis/summit@governance-graph");
		// itu/cwg-internet/2013-11 is known only to the month: no feed places it on a day.
		assertThat(uids(get("/calendar/events.ics"))).doesNotContain("itu/cwg-internet/2013-11@governance-graph")
			.contains("itu/pp-10@governance-graph", "igf/2013@governance-graph");
		assertThat(uids(get("/calendar/stakeholder-groups/governments.ics"))).contains("itu/pp-10@governance-graph");
	}

	@Test
	void aTimedEventHasItsZoneAndAnAllDayEventItsDays() throws Exception {
		var feed = unfolded(get("/calendar/fora/itu/sg.ics"));
		assertThat(feed).contains("DTSTART;TZID=Europe/Zurich:20131008T181500\r\n",
				"DTEND;TZID=Europe/Zurich:20131008T201500\r\n", "DTSTART;TZID=Asia/Makassar:20131025T090000\r\n",
				"DTEND;TZID=Asia/Makassar:20131025T103000\r\n", "BEGIN:VTIMEZONE\r\nTZID:Asia/Makassar\r\n",
				"BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\n",
				"CONFERENCE;VALUE=URI;FEATURE=\"AUDIO,VIDEO\";LABEL=Remote participation by Secretariat of the Internet Governance Forum:mailto:igf@un.org\r\n",
				"X-WR-CALNAME:ITU Secretary-General: calendar\r\n", "NAME:ITU Secretary-General: calendar\r\n",
				"REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n", "X-PUBLISHED-TTL:PT6H\r\n");
		var series = unfolded(get("/calendar/series/wsis/summit.ics"));
		assertThat(series).contains("DTSTART;VALUE=DATE:20031210\r\nDTEND;VALUE=DATE:20031213\r\n");
	}

	@Test
	void anUnchangedFeedIsNotModified() {
		String path = "/calendar/fora/itu/sg.ics";
		var first = this.http.get(path);
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
		var again = this.http.send(this.http.request(path).header("If-None-Match", etag).GET());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).contains(etag);
		var since = this.http.send(this.http.request(path).header("If-Modified-Since", lastModified).GET());
		assertThat(since.statusCode()).isEqualTo(304);
		assertThat(since.body()).isEmpty();
	}

	@Test
	void anUnknownFeedIsAProblemWithACorrelationId() {
		var response = this.http.get("/calendar/fora/no/such-forum.ics");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json;charset=UTF-8");
		var body = org.govgraph.api.support.GraphQlHttp.parse(response.body());
		assertThat(body.<String>read("$.correlationId")).isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
		assertThat(body.<String>read("$.detail")).isEqualTo(
				"No calendar feed at /calendar/fora/no/such-forum.ics: feeds are at /calendar/fora/<key>.ics with the key's slashes kept");
	}

	@Test
	void theApiGivesTheFeedsAddresses() {
		var answer = this.http.query("""
				query($forum: ID!, $event: ID!, $group: ID!) { about { calendarUrl }
				  forum: node(id: $forum) { ... on Forum { calendarUrl } }
				  event: node(id: $event) { ... on Event { calendarUrl } }
				  group: node(id: $group) { ... on StakeholderGroup { calendarUrl } } }
				""", Map.of("forum", id("Forum", "itu/sg"), "event", id("Event", "itu/sg/open-talks"), "group",
				id("StakeholderGroup", "governments")));
		String base = "http://127.0.0.1:" + this.serverPort;
		assertThat(answer.<Map<String, Object>>read("$.data")).isEqualTo(Map.of("about",
				Map.of("calendarUrl", base + "/calendar/events.ics"), "forum",
				Map.of("calendarUrl", base + "/calendar/fora/itu/sg.ics"), "event",
				Map.of("calendarUrl", base + "/calendar/series/itu/sg/open-talks.ics"), "group",
				Map.of("calendarUrl", base + "/calendar/stakeholder-groups/governments.ics")));
	}

	private String get(String path) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static List<String> uids(String ics) throws Exception {
		return parse(ics).getComponents(Component.VEVENT)
			.stream()
			.map((c) -> ((Component) c).getProperty(Property.UID).map(Property::getValue).orElseThrow().toString())
			.toList();
	}

	/** A property of the feed's only event. */
	static String property(String ics, String name) throws Exception {
		var events = parse(ics).getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		String text = unfolded(ics);
		String line = text.substring(text.indexOf("BEGIN:VEVENT")).lines().filter((l) -> l.startsWith(name + ":") || l.startsWith(name + ";")).findFirst().orElseThrow();
		return line.substring(line.indexOf(':') + 1);
	}

	static String unfolded(String ics) {
		return ics.replace("\r\n ", "");
	}

}
