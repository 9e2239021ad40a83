package org.govgraph.calendarsync;

import java.util.List;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MirrorTest {

	private static final String SERIES_UID = "weekly@import.test";

	private static final String MASTER = Ics.vevent(SERIES_UID, "itu/calendar/weekly@import.test", "Weekly call",
			"DTSTART;TZID=Europe/Zurich:20260401T140000\r\n", "RRULE:FREQ=WEEKLY;COUNT=4\r\n");

	private static final String OVERRIDE = Ics.vevent(SERIES_UID, "itu/calendar/weekly@import.test/20260408",
			"Weekly call (moved)", "RECURRENCE-ID;TZID=Europe/Zurich:20260408T140000\r\n",
			"DTSTART;TZID=Europe/Zurich:20260408T160000\r\n");

	private static List<String> summaries(List<CalendarComponent> components) {
		return components.stream().map((c) -> c.getProperty(Property.SUMMARY).orElseThrow().getValue()).toList();
	}

	@Test
	void anEventIsReplacedByItsComponentsInItsOwnFeedAndANewOneIsAdded() {
		var mirror = Mirror.parse(Ics.calendar(Ics.event("itu/a", "A"), Ics.event("itu/b", "B")));
		assertThat(mirror.heldAtStart("itu/a@governance-graph", Ics.url("itu/a"))).isTrue();
		assertThat(mirror.heldAtStart("itu/c@governance-graph", Ics.url("itu/c"))).isFalse();

		int a = mirror.replace("itu/a@governance-graph", Ics.url("itu/a"),
				Mirror.parse(Ics.calendar(Ics.event("itu/a", "A renamed"), Ics.event("itu/a/part", "Part of A"))));
		int c = mirror.replace("itu/c@governance-graph", Ics.url("itu/c"), Mirror.parse(Ics.calendar(Ics.event("itu/c", "C"))));

		assertThat(a).isEqualTo(1);
		assertThat(c).isEqualTo(1);
		assertThat(mirror.uids()).containsExactly("itu/a@governance-graph", "itu/b@governance-graph", "itu/c@governance-graph");
		assertThat(summaries(mirror.components("itu/a@governance-graph"))).containsExactly("A renamed");
		var written = Mirror.parse(mirror.write());
		assertThat(written.uids()).containsExactly("itu/a@governance-graph", "itu/b@governance-graph", "itu/c@governance-graph");
		assertThat(written.components("itu/c@governance-graph").getFirst().toString())
			.isEqualTo(Mirror.parse(Ics.calendar(Ics.event("itu/c", "C"))).components("itu/c@governance-graph").getFirst().toString());
	}

	@Test
	void aSeriesFeedReplacesTheSeriesWithItsOverrideAndAnOverrideFeedOnlyTheOverride() {
		var mirror = Mirror.parse(Ics.calendar(Ics.ZURICH, MASTER, OVERRIDE));
		String movedAgain = OVERRIDE.replace("Weekly call (moved)", "Weekly call (moved again)");
		mirror.replace(SERIES_UID, Ics.url("itu/calendar/weekly@import.test/20260408"), Mirror.parse(Ics.calendar(Ics.ZURICH, movedAgain)));
		assertThat(summaries(mirror.components(SERIES_UID))).containsExactly("Weekly call", "Weekly call (moved again)");

		mirror.replace(SERIES_UID, Ics.url("itu/calendar/weekly@import.test"),
				Mirror.parse(Ics.calendar(Ics.ZURICH, MASTER.replace("Weekly call", "Weekly meeting"), OVERRIDE)));
		assertThat(summaries(mirror.components(SERIES_UID))).containsExactly("Weekly meeting", "Weekly call (moved)");
	}

	@Test
	void cancellingAnOverrideKeepsTheSeriesAndCancellingTheSeriesRemovesItsOverrides() {
		var mirror = Mirror.parse(Ics.calendar(Ics.ZURICH, MASTER, OVERRIDE, Ics.event("itu/b", "B")));
		assertThat(mirror.remove(SERIES_UID, Ics.url("itu/calendar/weekly@import.test/20260408"))).isTrue();
		assertThat(summaries(mirror.components(SERIES_UID))).containsExactly("Weekly call");

		mirror = Mirror.parse(Ics.calendar(Ics.ZURICH, MASTER, OVERRIDE, Ics.event("itu/b", "B")));
		assertThat(mirror.remove(SERIES_UID, Ics.url("itu/calendar/weekly@import.test"))).isTrue();
		assertThat(mirror.uids()).containsExactly("itu/b@governance-graph");
		assertThat(mirror.remove("itu/never@governance-graph", Ics.url("itu/never"))).isFalse();
	}

	@Test
	void theMirrorKeepsTheTimeZonesItsEventsUseAndOnlyThose() {
		var mirror = Mirror.parse(Ics.calendar(Ics.ZURICH, Ics.zoned("itu/a", "A"), Ics.event("itu/b", "B")));
		assertThat(mirror.zoneIds()).containsExactly("Europe/Zurich");
		mirror.remove("itu/a@governance-graph", Ics.url("itu/a"));
		assertThat(mirror.zoneIds()).isEmpty();
		assertThat(mirror.write()).doesNotContain("VTIMEZONE");

		mirror.replace("itu/c@governance-graph", Ics.url("itu/c"), Mirror.parse(Ics.calendar(Ics.ZURICH, Ics.zoned("itu/c", "C"))));
		var written = Mirror.parse(mirror.write());
		assertThat(written.zoneIds()).containsExactly("Europe/Zurich");
		assertThat(written.uids()).containsExactly("itu/b@governance-graph", "itu/c@governance-graph");
	}

	@Test
	void anEventThatLeftTheFeedsLeavesTheMirror() {
		var mirror = Mirror.parse(Ics.calendar(Ics.event("itu/a", "A"), Ics.event("itu/b", "B")));
		assertThat(mirror.replace("itu/a@governance-graph", Ics.url("itu/a"), Mirror.parse(Ics.calendar()))).isZero();
		assertThat(mirror.uids()).containsExactly("itu/b@governance-graph");
	}

}
