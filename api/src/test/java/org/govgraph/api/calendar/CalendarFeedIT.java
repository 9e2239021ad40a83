package org.govgraph.api.calendar;

import java.util.List;
import java.util.Map;

import org.govgraph.api.support.ChangeLogWrites;
import org.govgraph.api.support.CuratedApiTest;
import org.govgraph.model.curation.ChangeOperation;
import org.govgraph.model.vocabulary.NodeLabel;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govgraph.api.calendar.CalendarSeededFeedIT.parse;
import static org.govgraph.api.calendar.CalendarSeededFeedIT.property;
import static org.govgraph.api.calendar.CalendarSeededFeedIT.uids;
import static org.govgraph.api.calendar.CalendarSeededFeedIT.unfolded;

/**
 * The feeds after writes, on events these tests create (so no other test's answers move):
 * {@code SEQUENCE} grows with a change of time or place only, a retired event is cancelled, a
 * changed feed has a new {@code ETag}, and a recurring event stored as an .ics import stores it
 * (a master with {@code rrule}, {@code rdates}, {@code exdates}; an overridden instance with the
 * same {@code uid} and a {@code recurrenceId}) is written back with RRULE, RDATE, EXDATE and
 * RECURRENCE-ID, valid in ical4j.
 */
class CalendarFeedIT extends CuratedApiTest {

	@Autowired
	Driver driver;

	@Test
	void sequenceGrowsWithASignificantChangeOnly() throws Exception {
		create("test/calendar/sequence");
		String path = "/calendar/series/test/calendar/sequence.ics";
		assertThat(property(get(path), "SEQUENCE")).isEqualTo("0");
		update("test/calendar/sequence", 1, "name: \"Renamed session\"");
		assertThat(property(get(path), "SEQUENCE")).isEqualTo("0");
		update("test/calendar/sequence", 2, "venue: \"ITU Tower\"");
		String feed = get(path);
		assertThat(property(feed, "SEQUENCE")).isEqualTo("1");
		assertThat(property(feed, "LOCATION")).isEqualTo("ITU Tower\\, Geneva");
		update("test/calendar/sequence", 3, "start: \"2013-05-15T09:30\", end: \"2013-05-15T12:30\"");
		feed = get(path);
		assertThat(property(feed, "SEQUENCE")).isEqualTo("2");
		assertThat(property(feed, "DTSTART")).isEqualTo("20130515T093000");
	}

	@Test
	void aRetiredEventIsCancelledInTheFeed() throws Exception {
		create("test/calendar/retired");
		String path = "/calendar/series/test/calendar/retired.ics";
		assertThat(property(get(path), "STATUS")).isEqualTo("CONFIRMED");
		var retired = asCurator("""
				mutation($id: ID!) { retire(input: {id: $id, expectedVersion: 1}) { userErrors { message } } }
				""", Map.of("id", id("Event", "test/calendar/retired")));
		assertThat(retired.<List<?>>read("$.data.retire.userErrors")).isEmpty();
		String feed = get(path);
		assertThat(property(feed, "STATUS")).isEqualTo("CANCELLED");
		assertThat(property(feed, "SEQUENCE")).isEqualTo("1");
		assertThat(property(feed, "UID")).isEqualTo("test/calendar/retired@governance-graph");
	}

	@Test
	void aChangedFeedHasANewEtag() throws Exception {
		create("test/calendar/etag");
		String path = "/calendar/series/test/calendar/etag.ics";
		var first = this.http.get(path);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(this.http.send(this.http.request(path).header("If-None-Match", etag).GET()).statusCode()).isEqualTo(304);
		update("test/calendar/etag", 1, "venue: \"Room II\"");
		var changed = this.http.send(this.http.request(path).header("If-None-Match", etag).GET());
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
		assertThat(property(changed.body(), "LOCATION")).isEqualTo("Room II\\, Geneva");
		String newEtag = changed.headers().firstValue("ETag").orElseThrow();
		assertThat(this.http.send(this.http.request(path).header("If-None-Match", newEtag).GET()).statusCode())
			.isEqualTo(304);
	}

	@Test
	void anImportedRecurringEventIsWrittenBackWithItsRecurrence() throws Exception {
		try (var session = this.driver.session()) {
			session.run("""
					CREATE (m:Event {key: 'test/imported/weekly', name: 'Weekly call', kind: 'MEETING',
					  start: '2014-01-07T15:00', end: '2014-01-07T16:00', timeZone: 'Europe/Zurich',
					  uid: 'weekly-call@example.org', rrule: 'FREQ=WEEKLY;COUNT=4',
					  rdates: ['2014-02-05T15:00'], exdates: ['2014-01-14T15:00'], version: 1,
					  provenanceSources: ['test/import'], provenanceLocators: [''], provenanceQuotes: [''],
					  provenanceKinds: ['CURATED'], provenanceSupports: ['name,start,end,timeZone'], provenanceRules: [''],
					  provenanceDerivedFrom: ['']})
					CREATE (o:Event {key: 'test/imported/weekly/2014-01-21', name: 'Weekly call (moved)', kind: 'MEETING',
					  start: '2014-01-22T15:00', end: '2014-01-22T16:00', timeZone: 'Europe/Zurich',
					  uid: 'weekly-call@example.org', recurrenceId: '2014-01-21T15:00', version: 1,
					  provenanceSources: [], provenanceLocators: [], provenanceQuotes: [], provenanceKinds: [],
					  provenanceSupports: [], provenanceRules: [], provenanceDerivedFrom: []})
					CREATE (o)-[:PART_OF]->(m)
					""").consume();
		}
		new ChangeLogWrites(this.driver).commit(
				ChangeLogWrites.entry(ChangeOperation.CREATED, NodeLabel.EVENT, "test/imported/weekly", 1, "import", null),
				ChangeLogWrites.entry(ChangeOperation.CREATED, NodeLabel.EVENT, "test/imported/weekly/2014-01-21", 1,
						"import", null));
		String feed = get("/calendar/series/test/imported/weekly.ics");
		assertThat(parse(feed).validate(true).getEntries()).isEmpty();
		assertThat(uids(feed)).containsExactly("weekly-call@example.org", "weekly-call@example.org");
		assertThat(unfolded(feed)).contains("RRULE:FREQ=WEEKLY;COUNT=4\r\n", "RDATE;TZID=Europe/Zurich:20140205T150000\r\n",
				"EXDATE;TZID=Europe/Zurich:20140114T150000\r\n", "RECURRENCE-ID;TZID=Europe/Zurich:20140121T150000\r\n",
				"DTSTART;TZID=Europe/Zurich:20140122T150000\r\n");
	}

	private void create(String key) {
		var answer = asCurator("""
				mutation($key: String!) { createEvent(input: {key: $key, name: "Calendar test session", kind: MEETING,
				  start: "2013-05-14T09:30", end: "2013-05-14T12:30", timeZone: "Europe/Zurich", city: "Geneva",
				  provenance: [{kind: CURATED, source: "curated/E3"}]}) { userErrors { message } } }
				""", Map.of("key", key));
		assertThat(answer.<List<?>>read("$.data.createEvent.userErrors")).as(answer.jsonString()).isEmpty();
	}

	private void update(String event, long version, String change) {
		var answer = asCurator("""
				mutation($id: ID!, $v: Int!) { updateEvent(input: {id: $id, expectedVersion: $v, %s,
				  provenance: [{kind: CURATED, source: "curated/E3"}]}) { userErrors { message } } }
				""".formatted(change), Map.of("id", id("Event", event), "v", version));
		assertThat(answer.<List<?>>read("$.data.updateEvent.userErrors")).as(answer.jsonString()).isEmpty();
	}

	private String get(String path) {
		var response = this.http.get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

}
