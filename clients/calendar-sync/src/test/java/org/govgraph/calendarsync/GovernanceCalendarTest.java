package org.govgraph.calendarsync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govgraph.calendarsync.CalendarApi.Entry;
import org.govgraph.calendarsync.CalendarApi.Imported;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GovernanceCalendarTest {

	@TempDir
	Path directory;

	private final FakeApi api = new FakeApi();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private Path mirror;

	@BeforeEach
	void feeds() {
		this.mirror = this.directory.resolve("itu.ics");
		this.api.feeds.put(FakeApi.ITU.calendarUrl(), Ics.calendar(Ics.event("itu/a", "A"), Ics.event("itu/b", "B")));
		this.api.entries.put(null, List.of(confirmed("itu/a"), confirmed("itu/b"), confirmed("itu/month-only")));
		this.api.nextTokens.put(null, "token-1");
	}

	private static Entry confirmed(String key) {
		return new Entry(key + "@governance-graph", key, false, Ics.url(key));
	}

	private static Entry cancelled(String key) {
		return new Entry(key + "@governance-graph", key, true, Ics.url(key));
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return GovernanceCalendar.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), null, (options) -> this.api);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private int sync() {
		return run("sync", "--api", "http://localhost:8080", "--forum", "ITU", "--out", this.mirror.toString(), "--page-size", "2");
	}

	@Test
	void helpGoesToStdoutWithStatus0() {
		assertThat(run("--help")).isZero();
		assertThat(out()).startsWith("Usage:\n  governance-calendar sync --api URL --forum FORUM --out FILE.ics");
		assertThat(err()).isEmpty();
		assertThat(run("sync", "-h")).isZero();
	}

	@Test
	void badUsageGoesToStderrWithStatus2() {
		assertThat(run()).isEqualTo(2);
		assertThat(err()).startsWith("governance-calendar: no command given\n\nUsage:");
		assertThat(out()).isEmpty();
		assertThat(run("pull", "--api", "http://localhost:8080")).isEqualTo(2);
		assertThat(err()).startsWith("governance-calendar: unknown command 'pull'\n");
		assertThat(run("sync", "--api", "http://localhost:8080", "--forum", "ITU")).isEqualTo(2);
		assertThat(err()).startsWith("governance-calendar: missing --out\n");
		assertThat(run("sync", "--api", "http://localhost:8080", "--forum", "ITU", "--out", "x.ics", "--colour")).isEqualTo(2);
		assertThat(err()).startsWith("governance-calendar: unknown option '--colour' for sync\n");
		assertThat(run("sync", "--api", "localhost:8080", "--forum", "ITU", "--out", "x.ics")).isEqualTo(2);
		assertThat(err()).startsWith("governance-calendar: --api must be an http or https URL, e.g. http://localhost:8080: localhost:8080\n");
		assertThat(run("sync", "--api=http://localhost:8080", "--forum=ITU", "--out=x.ics", "--page-size=101")).isEqualTo(2);
		assertThat(err()).startsWith("governance-calendar: --page-size must be a number from 1 to 100: 101\n");
		assertThat(run("sync", "--api", "http://localhost:8080", "--forum")).isEqualTo(2);
		assertThat(err()).startsWith("governance-calendar: option '--forum' needs a value\n");
		assertThat(run("push", "--api", "http://localhost:8080", "--forum", "ITU", "file.ics")).isEqualTo(2);
		assertThat(err()).startsWith("governance-calendar: push needs --token (or GOVGRAPH_TOKEN): a bearer token with the role ADMIN\n");
		assertThat(run("push", "--api", "http://localhost:8080", "--forum", "ITU", "--token", "T")).isEqualTo(2);
		assertThat(err()).startsWith("governance-calendar: no calendar file given to push\n");
		assertThat(this.api.requests).isEmpty();
	}

	@Test
	void anUnknownForumFailsWithStatus1() {
		assertThat(run("sync", "--api", "http://localhost:8080", "--forum", "XYZ", "--out", this.mirror.toString())).isEqualTo(1);
		assertThat(err()).isEqualTo("governance-calendar: no forum 'XYZ' at http://localhost:8080 (give its acronym, e.g. ITU, its key, e.g. itu/sg, or its ID)\n");
		assertThat(out()).isEmpty();
		assertThat(this.mirror).doesNotExist();
	}

	@Test
	void theFirstSyncPagesTheSnapshotThenWritesTheFeedAndItsToken() throws IOException {
		assertThat(sync()).isZero();
		assertThat(out()).isEqualTo("full sync: 2 events; token saved\n");
		assertThat(err()).isEmpty();
		assertThat(Files.readString(this.mirror)).isEqualTo(this.api.feeds.get(FakeApi.ITU.calendarUrl()));
		assertThat(Files.readString(this.directory.resolve("itu.ics.sync-token"))).isEqualTo("token-1\n");
		assertThat(this.api.requests).containsExactly("eventChanges null null", "eventChanges null 2",
				"GET http://localhost:8080/calendar/fora/itu.ics");
	}

	@Test
	void anIncrementalSyncCreatesUpdatesAndCancelsByUidAndCountsExactly() throws IOException {
		assertThat(sync()).isZero();
		this.api.entries.put("token-1", List.of(confirmed("itu/c"), confirmed("itu/a"), cancelled("itu/b"), cancelled("itu/never")));
		this.api.nextTokens.put("token-1", "token-2");
		this.api.feeds.put(Ics.url("itu/c"), Ics.calendar(Ics.event("itu/c", "C")));
		this.api.feeds.put(Ics.url("itu/a"), Ics.calendar(Ics.event("itu/a", "A renamed")));

		assertThat(sync()).isZero();
		assertThat(out()).isEqualTo("1 created, 1 updated, 1 cancelled; token saved\n");
		assertThat(err()).isEmpty();
		var mirror = Mirror.parse(Files.readString(this.mirror));
		assertThat(mirror.uids()).containsExactly("itu/a@governance-graph", "itu/c@governance-graph");
		assertThat(mirror.components("itu/a@governance-graph").getFirst().toString())
			.isEqualTo(Mirror.parse(Ics.calendar(Ics.event("itu/a", "A renamed"))).components("itu/a@governance-graph").getFirst().toString());
		assertThat(Files.readString(this.directory.resolve("itu.ics.sync-token"))).isEqualTo("token-2\n");

		this.api.entries.put("token-2", List.of());
		this.api.nextTokens.put("token-2", "token-3");
		String before = Files.readString(this.mirror);
		assertThat(sync()).isZero();
		assertThat(out()).isEqualTo("0 created, 0 updated, 0 cancelled; token saved\n");
		assertThat(Files.readString(this.mirror)).isEqualTo(before);
		assertThat(Files.readString(this.directory.resolve("itu.ics.sync-token"))).isEqualTo("token-3\n");
	}

	@Test
	void aRefusedTokenLeadsToAFullSyncWithAMessage() throws IOException {
		assertThat(sync()).isZero();
		Files.writeString(this.directory.resolve("itu.ics.sync-token"), "garbled\n");
		assertThat(sync()).isZero();
		assertThat(out()).isEqualTo("full sync: 2 events; token saved\n");
		assertThat(err()).isEqualTo("governance-calendar: the saved sync token (itu.ics.sync-token) was refused "
				+ "(SYNC_TOKEN_INVALID: This syncToken is not one this API issued); doing a full sync\n");
		assertThat(Files.readString(this.directory.resolve("itu.ics.sync-token"))).isEqualTo("token-1\n");
	}

	@Test
	void aTokenWithoutItsMirrorIsNotUsed() throws IOException {
		Files.writeString(this.directory.resolve("itu.ics.sync-token"), "token-1\n");
		assertThat(sync()).isZero();
		assertThat(out()).isEqualTo("full sync: 2 events; token saved\n");
		assertThat(this.api.requests.getFirst()).isEqualTo("eventChanges null null");
	}

	@Test
	void aFailingFeedLeavesMirrorAndTokenAsTheyWereAndNamesTheCorrelationId() throws IOException {
		assertThat(sync()).isZero();
		String before = Files.readString(this.mirror);
		this.api.entries.put("token-1", List.of(confirmed("itu/gone")));
		this.api.nextTokens.put("token-1", "token-2");
		assertThat(sync()).isEqualTo(1);
		assertThat(err()).isEqualTo("governance-calendar: sync failed: GET http://localhost:8080/calendar/series/itu/gone.ics answered 404 (correlation id 404-id)\n");
		assertThat(out()).isEmpty();
		assertThat(Files.readString(this.mirror)).isEqualTo(before);
		assertThat(Files.readString(this.directory.resolve("itu.ics.sync-token"))).isEqualTo("token-1\n");
	}

	@Test
	void progressGoesToStderrWhenAskedFor() {
		assertThat(run("sync", "--api", "http://localhost:8080", "--forum", "ITU", "--out", this.mirror.toString(),
				"--page-size", "2", "--progress")).isZero();
		assertThat(err()).isEqualTo("""
				governance-calendar: eventChanges: page 1, 2 entries
				governance-calendar: eventChanges: page 2, 3 entries
				governance-calendar: downloading http://localhost:8080/calendar/fora/itu.ics
				""");
		assertThat(out()).isEqualTo("full sync: 2 events; token saved\n");
	}

	@Test
	void pushPrintsWhatTheImportDidOrItsUserErrors() throws IOException {
		Path file = this.directory.resolve("itu-2026.ics");
		Files.writeString(file, Ics.calendar(Ics.event("itu/a", "A")));
		this.api.imported = new Imported(3, 1, 1, 4, List.of());
		assertThat(run("push", "--api", "http://localhost:8080", "--forum", "ITU", "--token", "T", file.toString())).isZero();
		assertThat(out()).isEqualTo("3 created, 1 updated, 1 cancelled, 4 unchanged\n");
		assertThat(this.api.requests).containsExactly("importCalendar Rm9ydW06aXR1 itu-2026.ics");

		this.api.imported = new Imported(0, 0, 0, 0, List.of("line 19: the event ends (2026-03-09T12:00) before it starts (2026-03-10T09:30)"));
		assertThat(run("push", "--api", "http://localhost:8080", "--forum", "ITU", "--token", "T", file.toString())).isEqualTo(1);
		assertThat(out()).isEmpty();
		assertThat(err()).isEqualTo("governance-calendar: push failed: itu refused " + file + ":\n"
				+ "  line 19: the event ends (2026-03-09T12:00) before it starts (2026-03-10T09:30)\n");

		assertThat(run("push", "--api", "http://localhost:8080", "--forum", "ITU", "--token", "T", "missing.ics")).isEqualTo(1);
		assertThat(err()).isEqualTo("governance-calendar: push failed: no such file or directory: missing.ics\n");
	}

}
