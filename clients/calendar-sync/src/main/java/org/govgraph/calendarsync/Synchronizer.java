package org.govgraph.calendarsync;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govgraph.calendarsync.CalendarApi.Entry;
import org.govgraph.calendarsync.CalendarApi.Forum;
import org.govgraph.calendarsync.CalendarApi.Page;
import org.govgraph.calendarsync.CalendarApi.SyncTokenRejectedException;

/**
 * Keeps a mirror of a forum's calendar current. The first sync (no mirror or no token, or a token
 * the API refuses) pages through the {@code eventChanges} snapshot to its {@code nextSyncToken},
 * then downloads the forum's feed once and writes it as the mirror: a change committed between
 * the two comes again in the next sync, which applies it idempotently. An incremental sync pages
 * {@code eventChanges} from the saved token and, for each entry, replaces the event's components
 * by those of its own feed ({@code CONFIRMED}) or removes them ({@code CANCELLED}). The mirror is
 * written atomically first, the token after it: a crash between the two makes the next sync
 * apply the same changes again, never lose one.
 */
final class Synchronizer {

	/** What a sync did. */
	record Result(boolean full, int events, int created, int updated, int cancelled, int ignored) {

		/** The one-line summary: {@code full sync: 12 events; token saved} or {@code 3 created, 1 updated, 1 cancelled; token saved}. */
		String summary() {
			if (this.full) {
				return "full sync: " + this.events + ((this.events == 1) ? " event" : " events") + "; token saved";
			}
			return this.created + " created, " + this.updated + " updated, " + this.cancelled + " cancelled; token saved";
		}

	}

	private final CalendarApi api;

	private final Progress progress;

	private final PrintStream err;

	private final int pageSize;

	Synchronizer(CalendarApi api, Progress progress, PrintStream err, int pageSize) {
		this.api = api;
		this.progress = progress;
		this.err = err;
		this.pageSize = pageSize;
	}

	Result sync(Forum forum, Path out) throws IOException {
		var tokenFile = new SyncTokenFile(out);
		Optional<String> token = Files.exists(out) ? tokenFile.read() : Optional.empty();
		if (token.isPresent()) {
			Mirror mirror = readMirror(out);
			try {
				return incremental(forum, out, mirror, token.get(), tokenFile);
			}
			catch (SyncTokenRejectedException ex) {
				this.err.println(Options.PROGRAM + ": the saved sync token (" + tokenFile.path().getFileName()
						+ ") was refused (SYNC_TOKEN_INVALID: " + ex.getMessage() + "); doing a full sync");
			}
		}
		return full(forum, out, tokenFile);
	}

	private Result full(Forum forum, Path out, SyncTokenFile tokenFile) throws IOException {
		var changes = changes(null, forum);
		this.progress.say("downloading " + forum.calendarUrl());
		String text = this.api.feed(forum.calendarUrl());
		Mirror mirror;
		try {
			mirror = Mirror.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new CalendarApi.ApiException("the feed " + forum.calendarUrl() + " is " + ex.getMessage(), null, ex);
		}
		AtomicFiles.write(out, text);
		tokenFile.write(changes.token());
		return new Result(true, mirror.uids().size(), 0, 0, 0, 0);
	}

	private Result incremental(Forum forum, Path out, Mirror mirror, String token, SyncTokenFile tokenFile)
			throws IOException {
		var changes = changes(token, forum);
		int created = 0;
		int updated = 0;
		int cancelled = 0;
		int ignored = 0;
		int done = 0;
		for (Entry entry : changes.entries()) {
			boolean held = mirror.heldAtStart(entry.uid(), entry.calendarUrl());
			if (entry.cancelled()) {
				if (mirror.remove(entry.uid(), entry.calendarUrl())) {
					cancelled++;
				}
				else {
					ignored++;
				}
			}
			else {
				Mirror feed = parseFeed(entry);
				if (mirror.replace(entry.uid(), entry.calendarUrl(), feed) > 0) {
					if (held) {
						updated++;
					}
					else {
						created++;
					}
				}
				else if (held) {
					// It left the feeds (no longer known to the day): it leaves the mirror too.
					cancelled++;
				}
				else {
					ignored++;
				}
			}
			this.progress.applied(++done, changes.entries().size());
		}
		if (ignored > 0) {
			this.progress.say(ignored + ((ignored == 1) ? " entry" : " entries")
					+ " for events the mirror never had (or that are in no feed) ignored");
		}
		if (!changes.entries().isEmpty()) {
			String text = mirror.write();
			Mirror.parse(text);
			AtomicFiles.write(out, text);
		}
		tokenFile.write(changes.token());
		return new Result(false, mirror.uids().size(), created, updated, cancelled, ignored);
	}

	private record Changes(List<Entry> entries, String token) {
	}

	private Changes changes(String token, Forum forum) {
		var entries = new ArrayList<Entry>();
		String after = null;
		int pages = 0;
		while (true) {
			Page page = this.api.eventChanges(token, forum.id(), this.pageSize, after);
			entries.addAll(page.entries());
			this.progress.page(++pages, entries.size());
			if (!page.hasNextPage()) {
				if (page.nextSyncToken() == null) {
					throw new CalendarApi.ApiException("the last page of eventChanges carried no nextSyncToken", null, null);
				}
				return new Changes(entries, page.nextSyncToken());
			}
			if (page.endCursor() == null || page.endCursor().equals(after)) {
				throw new CalendarApi.ApiException("eventChanges announced another page without a new endCursor", null, null);
			}
			after = page.endCursor();
		}
	}

	private Mirror parseFeed(Entry entry) {
		String text = this.api.feed(entry.calendarUrl());
		try {
			return Mirror.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new CalendarApi.ApiException("the feed " + entry.calendarUrl() + " is " + ex.getMessage(), null, ex);
		}
	}

	private static Mirror readMirror(Path out) throws IOException {
		try {
			return Mirror.parse(Files.readString(out, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			throw new IOException("the mirror " + out + " is " + ex.getMessage()
					+ " (delete it and its " + SyncTokenFile.SUFFIX + " file to sync it whole)", ex);
		}
	}

}
