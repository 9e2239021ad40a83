package org.govgraph.api.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.PageInfo;
import org.govgraph.api.graph.GlobalId;
import org.govgraph.model.calendar.EventSyncRepository;
import org.govgraph.model.calendar.EventSyncRepository.SyncPage;
import org.govgraph.model.calendar.EventSyncRepository.SyncedEvent;
import org.govgraph.model.calendar.EventUid;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.vocabulary.NodeLabel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code eventChanges}: incremental sync of events over the change log. A sync token is the
 * change-log sequence a sync covered up to, when it was issued and the forum it was for, signed
 * ({@link EventSyncTokens}); the next sync delivers the events whose changes come after it. The
 * first page of a sync reads the change counter before the events, and every later page carries
 * that bound in its cursor, so all pages of one sync agree and the sync's {@code nextSyncToken}
 * loses nothing committed meanwhile (a change committed during a snapshot may show in it and
 * again in the next sync).
 */
@Controller
class EventSyncController {

	static final String TOKEN = "eventChanges-sync-v1";

	static final String CURSOR = "eventChanges-cursor-v1";

	private static final Pattern DIGITS = Pattern.compile("0|[1-9][0-9]{0,17}");

	private final EventSyncRepository repository;

	private final EventSyncTokens tokens;

	EventSyncController(EventSyncRepository repository, EventSyncTokens tokens) {
		this.repository = repository;
		this.tokens = tokens;
	}

	/** The {@code EventChangeConnection} of the schema. */
	record EventChangeConnection(List<EventChangeEdge> edges, PageInfo pageInfo, String nextSyncToken) {
	}

	/** The {@code EventChangeEdge} of the schema. */
	record EventChangeEdge(String cursor, EventChange node) {
	}

	/** The {@code EventChange} of the schema. */
	record EventChange(String uid, String key, EventSyncStatus status, long version, String sequence, GraphNode event) {
	}

	/** The {@code EventSyncStatus} of the schema. */
	enum EventSyncStatus {

		CONFIRMED, CANCELLED

	}

	/** A token or cursor that can no longer be used: {@code SYNC_TOKEN_INVALID}. */
	static final class SyncTokenInvalid extends RuntimeException {

		final String argument;

		SyncTokenInvalid(String argument, String why) {
			super(why + ": start over without a syncToken (a full sync) and keep its nextSyncToken", null, false, false);
			this.argument = argument;
		}

	}

	/** A sync token: the sequence it covers up to, when it was issued, and its forum ("" for none). */
	record Token(long sequence, Instant issued, String forum) {
	}

	/**
	 * A cursor: the sync it belongs to (a snapshot, or the changes after {@code from}), its upper
	 * bound, when the sync's token (or its snapshot) was issued, its forum, and the position:
	 * the last key (snapshot) or the last sequence (changes).
	 */
	record Cursor(boolean snapshot, long from, long upTo, Instant issued, String forum, String position) {
	}

	@QueryMapping
	EventChangeConnection eventChanges(@Argument String syncToken, @Argument Integer first, @Argument String after,
			@Argument String forum) {
		int size = Connections.first(first);
		String forumKey = forumKey(forum);
		Token token = (syncToken != null) ? token(syncToken, forumKey) : null;
		Cursor cursor = (after != null) ? cursor(after, forumKey, token) : null;
		SyncPage page;
		Instant issued;
		if (token == null) {
			issued = (cursor != null) ? cursor.issued() : this.tokens.now();
			page = this.repository.snapshot(scope(forumKey), (cursor != null) ? cursor.position() : "",
					(cursor != null) ? cursor.upTo() : null, size);
		}
		else {
			issued = token.issued();
			page = this.repository.changed(scope(forumKey), token.sequence(), (cursor != null) ? cursor.upTo() : null,
					(cursor != null) ? Long.parseLong(cursor.position()) : 0, size);
			if (token.sequence() > page.upTo()) {
				throw new SyncTokenInvalid("syncToken", "This syncToken is unknown to this graph");
			}
		}
		long from = (token != null) ? token.sequence() : 0;
		var edges = new ArrayList<EventChangeEdge>();
		for (SyncedEvent synced : page.events()) {
			String position = (token == null) ? synced.event().key() : Long.toString(synced.sequence());
			edges.add(new EventChangeEdge(cursor(new Cursor(token == null, from, page.upTo(), issued, forumKey, position)),
					change(synced)));
		}
		String start = edges.isEmpty() ? null : edges.getFirst().cursor();
		String end = edges.isEmpty() ? null : edges.getLast().cursor();
		if (edges.isEmpty()) {
			String position = (cursor != null) ? cursor.position() : ((token == null) ? "" : "0");
			start = cursor(new Cursor(token == null, from, page.upTo(), issued, forumKey, position));
			end = start;
		}
		String next = page.hasNext() ? null
				: this.tokens.sign(List.of(TOKEN, Long.toString(page.upTo()),
						Long.toString(this.tokens.now().getEpochSecond()), forumKey));
		return new EventChangeConnection(edges, new PageInfo(page.hasNext(), cursor != null, start, end), next);
	}

	private static EventChange change(SyncedEvent synced) {
		GraphNode event = synced.event();
		var status = (event.retired() || !synced.inCalendar()) ? EventSyncStatus.CANCELLED : EventSyncStatus.CONFIRMED;
		return new EventChange(EventUid.of(event), event.key(), status, event.version(), Long.toString(synced.sequence()),
				event);
	}

	private static String scope(String forumKey) {
		return forumKey.isEmpty() ? null : forumKey;
	}

	/** The key of the forum asked ("" for none); not a forum's ID, or no such forum, is an error naming {@code forum}. */
	private String forumKey(String forum) {
		if (forum == null) {
			return "";
		}
		var id = GlobalId.parse(forum, "forum");
		if (id.label() != NodeLabel.FORUM) {
			throw ApiException.badRequest("forum", "'" + forum + "' is the ID of a " + id.label().label()
					+ ", not of a Forum (argument 'forum')");
		}
		if (!this.repository.forumExists(id.key())) {
			throw ApiException.notFound("forum", "No forum has the ID '" + forum + "' (argument 'forum')");
		}
		return id.key();
	}

	private Token token(String text, String forumKey) {
		List<String> fields = this.tokens.verify(text);
		if (fields == null || fields.size() != 4 || !fields.get(0).equals(TOKEN) || !DIGITS.matcher(fields.get(1)).matches()
				|| !DIGITS.matcher(fields.get(2)).matches()) {
			throw new SyncTokenInvalid("syncToken", "This syncToken is not one this API issued");
		}
		var token = new Token(Long.parseLong(fields.get(1)), Instant.ofEpochSecond(Long.parseLong(fields.get(2))),
				fields.get(3));
		if (!this.tokens.fresh(token.issued())) {
			throw new SyncTokenInvalid("syncToken",
					"This syncToken has expired (sync tokens are valid for " + this.tokens.ttl() + ")");
		}
		if (!token.forum().equals(forumKey)) {
			throw new SyncTokenInvalid("syncToken", token.forum().isEmpty()
					? "This syncToken was issued for the events of all fora, not for one forum"
					: "This syncToken was issued for another forum's calendar");
		}
		return token;
	}

	private String cursor(Cursor cursor) {
		return this.tokens.sign(List.of(CURSOR, cursor.snapshot() ? "snapshot" : "changes", Long.toString(cursor.from()),
				Long.toString(cursor.upTo()), Long.toString(cursor.issued().getEpochSecond()), cursor.forum(),
				cursor.position()));
	}

	private Cursor cursor(String text, String forumKey, Token token) {
		List<String> fields = this.tokens.verify(text);
		if (fields == null || fields.size() != 7 || !fields.get(0).equals(CURSOR) || !DIGITS.matcher(fields.get(2)).matches()
				|| !DIGITS.matcher(fields.get(3)).matches() || !DIGITS.matcher(fields.get(4)).matches()) {
			throw ApiException.badRequest("after", "'" + abbreviate(text) + "' is not a cursor of eventChanges (argument 'after')");
		}
		var cursor = new Cursor(fields.get(1).equals("snapshot"), Long.parseLong(fields.get(2)),
				Long.parseLong(fields.get(3)), Instant.ofEpochSecond(Long.parseLong(fields.get(4))), fields.get(5),
				fields.get(6));
		boolean sameSync = cursor.forum().equals(forumKey)
				&& ((token == null) ? cursor.snapshot() : (!cursor.snapshot() && cursor.from() == token.sequence()));
		if (!sameSync) {
			throw ApiException.badRequest("after", "This cursor belongs to another sync: page on with the same syncToken "
					+ "and forum as its first page (argument 'after')");
		}
		if (!this.tokens.fresh(cursor.issued())) {
			throw new SyncTokenInvalid("after", "This sync has expired (sync tokens are valid for " + this.tokens.ttl() + ")");
		}
		return cursor;
	}

	private static String abbreviate(String value) {
		return (value.length() > 80) ? value.substring(0, 77) + "..." : value;
	}

}
