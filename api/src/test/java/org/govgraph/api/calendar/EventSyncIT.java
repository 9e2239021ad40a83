package org.govgraph.api.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.security.HmacSecret;
import org.govgraph.api.support.CuratedApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code eventChanges}: snapshots, incremental syncs, paging, the forum filter and invalid tokens. */
class EventSyncIT extends CuratedApiTest {

	private static final String SYNC = """
			query($token: String, $first: Int, $after: String, $forum: ID) {
			  eventChanges(syncToken: $token, first: $first, after: $after, forum: $forum) {
			    edges { cursor node { uid key status version sequence event { key version retired } } }
			    pageInfo { hasNextPage hasPreviousPage endCursor }
			    nextSyncToken
			  }
			}
			""";

	@Value("${govgraph.security.jwt.hmac-secret}")
	String bearerSecret;

	/** What a whole sync (all its pages) gave. */
	record Sync(List<Map<String, Object>> entries, int pages, String nextSyncToken) {

		List<String> keys() {
			return this.entries.stream().map((e) -> (String) e.get("key")).toList();
		}

	}

	@Test
	void aSnapshotPagesByKeyWithTheTokenOnItsLastPageOnly() {
		String forum = createForum();
		String prefix = "sync-snap-" + UUID.randomUUID().toString().substring(0, 8);
		var keys = new ArrayList<String>();
		for (int i = 1; i <= 7; i++) {
			String key = prefix + "/e" + i;
			createEvent(key);
			connect(key, forum);
			keys.add(key);
		}
		DocumentContext first = sync(null, 5, null, forumId(forum));
		assertThat(keysOf(first)).containsExactlyElementsOf(keys.subList(0, 5));
		assertThat(first.<Boolean>read("$.data.eventChanges.pageInfo.hasNextPage")).isTrue();
		assertThat(first.<Boolean>read("$.data.eventChanges.pageInfo.hasPreviousPage")).isFalse();
		assertThat(first.<String>read("$.data.eventChanges.nextSyncToken")).isNull();
		assertThat(first.<List<String>>read("$.data.eventChanges.edges[*].node.status")).containsOnly("CONFIRMED");
		// Created, then connected: version 2.
		assertThat(first.<List<Integer>>read("$.data.eventChanges.edges[*].node.version")).containsOnly(2);
		assertThat(first.<String>read("$.data.eventChanges.edges[0].node.uid")).isEqualTo(prefix + "/e1@governance-graph");
		DocumentContext second = sync(null, 5, first.read("$.data.eventChanges.pageInfo.endCursor"), forumId(forum));
		assertThat(keysOf(second)).containsExactlyElementsOf(keys.subList(5, 7));
		assertThat(second.<Boolean>read("$.data.eventChanges.pageInfo.hasNextPage")).isFalse();
		assertThat(second.<Boolean>read("$.data.eventChanges.pageInfo.hasPreviousPage")).isTrue();
		assertThat(second.<String>read("$.data.eventChanges.nextSyncToken")).isNotBlank();

		// The whole graph's snapshot holds every event that is not retired.
		Sync all = syncAll(null, 100, null);
		int events = asCurator("{ events(first: 0) { totalCount } }", Map.of()).read("$.data.events.totalCount");
		assertThat(all.entries()).hasSize(events);
		assertThat(all.keys()).containsAll(keys).isSorted();
		assertThat(all.pages()).isEqualTo(Math.max(1, (events + 99) / 100));
	}

	@Test
	void aCreateAnUpdateAndARetireBetweenTwoSyncsAreExactlyThreeEntries() {
		String prefix = "sync-trip-" + UUID.randomUUID().toString().substring(0, 8);
		createEvent(prefix + "/b");
		createEvent(prefix + "/c");
		Sync initial = syncAll(null, 100, null);
		assertThat(initial.keys()).contains(prefix + "/b", prefix + "/c");

		createEvent(prefix + "/a");
		update(prefix + "/b", 1);
		retire(prefix + "/c", 1);

		Sync changes = syncAll(initial.nextSyncToken(), 20, null);
		assertThat(changes.pages()).isEqualTo(1);
		assertThat(changes.entries()).hasSize(3);
		assertThat(changes.entries().get(0)).containsEntry("uid", prefix + "/a@governance-graph")
			.containsEntry("key", prefix + "/a")
			.containsEntry("status", "CONFIRMED")
			.containsEntry("version", 1)
			.containsEntry("event", Map.of("key", prefix + "/a", "version", 1, "retired", false));
		assertThat(changes.entries().get(1)).containsEntry("key", prefix + "/b")
			.containsEntry("status", "CONFIRMED")
			.containsEntry("version", 2)
			.containsEntry("event", Map.of("key", prefix + "/b", "version", 2, "retired", false));
		assertThat(changes.entries().get(2)).containsEntry("uid", prefix + "/c@governance-graph")
			.containsEntry("key", prefix + "/c")
			.containsEntry("status", "CANCELLED")
			.containsEntry("version", 2)
			.containsEntry("event", Map.of("key", prefix + "/c", "version", 2, "retired", true));
		var sequences = changes.entries().stream().map((e) -> Long.parseLong((String) e.get("sequence"))).toList();
		assertThat(sequences).isSorted().doesNotHaveDuplicates();
		assertThat(sequences.get(2) - sequences.get(0)).isEqualTo(2);

		Sync nothing = syncAll(changes.nextSyncToken(), 20, null);
		assertThat(nothing.entries()).isEmpty();
		assertThat(nothing.nextSyncToken()).isNotBlank();
	}

	@Test
	void moreChangesThanFirstArePagedAndOneSyncsPagesShareItsBound() {
		String prefix = "sync-page-" + UUID.randomUUID().toString().substring(0, 8);
		String token = syncAll(null, 100, null).nextSyncToken();
		createEvent(prefix + "/x");
		createEvent(prefix + "/y");
		createEvent(prefix + "/z");
		update(prefix + "/x", 1);
		update(prefix + "/x", 2);

		DocumentContext first = sync(token, 2, null, null);
		assertThat(keysOf(first)).containsExactly(prefix + "/y", prefix + "/z");
		assertThat(first.<Boolean>read("$.data.eventChanges.pageInfo.hasNextPage")).isTrue();
		assertThat(first.<String>read("$.data.eventChanges.nextSyncToken")).isNull();
		// Committed between two pages of one sync: not in this sync, in the next.
		createEvent(prefix + "/late");
		DocumentContext second = sync(token, 2, first.read("$.data.eventChanges.pageInfo.endCursor"), null);
		assertThat(keysOf(second)).containsExactly(prefix + "/x");
		assertThat(second.<List<Integer>>read("$.data.eventChanges.edges[*].node.version")).containsExactly(3);
		assertThat(second.<Boolean>read("$.data.eventChanges.pageInfo.hasNextPage")).isFalse();
		String next = second.read("$.data.eventChanges.nextSyncToken");
		assertThat(next).isNotBlank();
		assertThat(syncAll(next, 20, null).keys()).containsExactly(prefix + "/late");

		// A cursor of that sync does not page another.
		DocumentContext mixed = sync(null, 2, first.read("$.data.eventChanges.pageInfo.endCursor"), null);
		assertThat(mixed.<String>read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat(mixed.<String>read("$.errors[0].extensions.argument")).isEqualTo("after");
	}

	@Test
	void aForumsSyncHoldsItsCalendarOnlyAndItsTokenNoOther() {
		String forum = createForum();
		String prefix = "sync-forum-" + UUID.randomUUID().toString().substring(0, 8);
		Sync initial = syncAll(null, 20, forumId(forum));
		assertThat(initial.entries()).isEmpty();
		createEvent(prefix + "/in");
		connect(prefix + "/in", forum);
		createEvent(prefix + "/out");

		Sync changes = syncAll(initial.nextSyncToken(), 20, forumId(forum));
		assertThat(changes.keys()).containsExactly(prefix + "/in");
		assertThat(changes.entries().getFirst()).containsEntry("status", "CONFIRMED").containsEntry("version", 2);

		asCurator("""
				mutation($from: ID!, $to: ID!) { disconnect(input: {from: $from, relationship: MEETING_OF, to: $to}) {
				  userErrors { code } } }
				""", Map.of("from", id("Event", prefix + "/in"), "to", forumId(forum)));
		Sync left = syncAll(changes.nextSyncToken(), 20, forumId(forum));
		assertThat(left.keys()).containsExactly(prefix + "/in");
		assertThat(left.entries().getFirst()).containsEntry("status", "CANCELLED").containsEntry("version", 3);

		DocumentContext elsewhere = sync(left.nextSyncToken(), 20, null, null);
		assertThat(elsewhere.<String>read("$.errors[0].extensions.classification")).isEqualTo("SYNC_TOKEN_INVALID");
		assertThat(elsewhere.<String>read("$.errors[0].message")).isEqualTo("This syncToken was issued for another "
				+ "forum's calendar: start over without a syncToken (a full sync) and keep its nextSyncToken");
	}

	@Test
	void anUnknownGarbledForgedOrExpiredTokenIsSyncTokenInvalid() {
		var key = EventSyncTokens.derive(HmacSecret.decode(this.bearerSecret));
		var ours = new EventSyncTokens(key, Duration.ofDays(30), Clock.systemUTC());
		var forged = new EventSyncTokens(HmacSecret.decode("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMzQ1Ng=="),
				Duration.ofDays(30), Clock.systemUTC());
		String now = Long.toString(Instant.now().getEpochSecond());
		String old = Long.toString(Instant.now().minus(Duration.ofDays(31)).getEpochSecond());
		var cases = Map.of("garbled", "not-a-token",
				"forged", forged.sign(List.of(EventSyncController.TOKEN, "1", now, "")),
				"expired", ours.sign(List.of(EventSyncController.TOKEN, "1", old, "")),
				"beyond the log", ours.sign(List.of(EventSyncController.TOKEN, "999999999", now, "")));
		var messages = new HashMap<String, String>();
		cases.forEach((name, token) -> {
			DocumentContext answer = sync(token, 5, null, null);
			assertThat(answer.<Object>read("$.data.eventChanges")).as(name).isNull();
			assertThat(answer.<String>read("$.errors[0].extensions.classification")).as(name).isEqualTo("SYNC_TOKEN_INVALID");
			assertThat(answer.<String>read("$.errors[0].extensions.argument")).as(name).isEqualTo("syncToken");
			assertThat(answer.<List<String>>read("$.errors[0].path")).as(name).containsExactly("eventChanges");
			messages.put(name, answer.read("$.errors[0].message"));
		});
		String startOver = ": start over without a syncToken (a full sync) and keep its nextSyncToken";
		assertThat(messages).isEqualTo(Map.of("garbled", "This syncToken is not one this API issued" + startOver, "forged",
				"This syncToken is not one this API issued" + startOver, "expired",
				"This syncToken has expired (sync tokens are valid for PT720H)" + startOver, "beyond the log",
				"This syncToken is unknown to this graph" + startOver));

		// first has the range of every connection, refused before anything runs.
		var tooMany = this.http.post(SYNC, Map.of("first", 101), Map.of());
		assertThat(tooMany.statusCode()).isEqualTo(400);
		DocumentContext refused = com.jayway.jsonpath.JsonPath.parse(tooMany.body());
		assertThat(refused.<String>read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat(refused.<String>read("$.errors[0].extensions.argument")).isEqualTo("first");

		// A token signed with our key an hour ago, at sequence 1, is valid.
		String valid = ours.sign(List.of(EventSyncController.TOKEN, "1",
				Long.toString(Instant.now().minus(Duration.ofHours(1)).getEpochSecond()), ""));
		assertThat(sync(valid, 1, null, null).<Object>read("$.errors")).isNull();
	}

	private DocumentContext sync(String token, Integer first, String after, String forum) {
		var variables = new HashMap<String, Object>();
		variables.put("token", token);
		variables.put("first", first);
		variables.put("after", after);
		variables.put("forum", forum);
		return asCurator(SYNC, variables);
	}

	private Sync syncAll(String token, int first, String forum) {
		var entries = new ArrayList<Map<String, Object>>();
		String after = null;
		int pages = 0;
		while (true) {
			DocumentContext page = sync(token, first, after, forum);
			assertThat(page.<Object>read("$.errors")).as("errors").isNull();
			pages++;
			entries.addAll(page.<List<Map<String, Object>>>read("$.data.eventChanges.edges[*].node"));
			String next = page.read("$.data.eventChanges.nextSyncToken");
			if (!page.<Boolean>read("$.data.eventChanges.pageInfo.hasNextPage")) {
				assertThat(next).isNotBlank();
				return new Sync(entries, pages, next);
			}
			assertThat(next).isNull();
			after = page.read("$.data.eventChanges.pageInfo.endCursor");
		}
	}

	private static List<String> keysOf(DocumentContext page) {
		return page.read("$.data.eventChanges.edges[*].node.key");
	}

	private static String forumId(String key) {
		return id("Forum", key);
	}

	private String createForum() {
		String key = "sync-forum-" + UUID.randomUUID().toString().substring(0, 8);
		DocumentContext created = asCurator("""
				mutation($key: String!) { createForum(input: {key: $key, name: "Sync test forum", kind: ORGANIZATION,
				  provenance: [{kind: CURATED, source: "curated/E1"}]}) { forum { key } userErrors { message } } }
				""", Map.of("key", key));
		assertThat(created.<String>read("$.data.createForum.forum.key")).isEqualTo(key);
		return key;
	}

	private void createEvent(String key) {
		DocumentContext created = asCurator("""
				mutation($key: String!) { createEvent(input: {key: $key, name: "Sync test meeting", kind: MEETING,
				  start: "2026-03-10", provenance: [{kind: CURATED, source: "curated/E1"}]}) {
				  event { key } userErrors { message } } }
				""", Map.of("key", key));
		assertThat(created.<String>read("$.data.createEvent.event.key")).isEqualTo(key);
	}

	private void connect(String event, String forum) {
		DocumentContext connected = asCurator("""
				mutation($from: ID!, $to: ID!) { connect(input: {from: $from, relationship: MEETING_OF, to: $to,
				  provenance: [{kind: CURATED, source: "curated/E1"}]}) { userErrors { message } } }
				""", Map.of("from", id("Event", event), "to", forumId(forum)));
		assertThat(connected.<List<?>>read("$.data.connect.userErrors")).isEmpty();
	}

	private void update(String key, int expectedVersion) {
		DocumentContext updated = asCurator("""
				mutation($id: ID!, $v: Int!) { updateEvent(input: {id: $id, expectedVersion: $v, city: "Geneva",
				  provenance: [{kind: CURATED, source: "curated/E1"}]}) { event { version } userErrors { message } } }
				""", Map.of("id", id("Event", key), "v", expectedVersion));
		assertThat(updated.<Integer>read("$.data.updateEvent.event.version")).isEqualTo(expectedVersion + 1);
	}

	private void retire(String key, int expectedVersion) {
		DocumentContext retired = asCurator("""
				mutation($id: ID!, $v: Int!) { retire(input: {id: $id, expectedVersion: $v}) { userErrors { message } } }
				""", Map.of("id", id("Event", key), "v", expectedVersion));
		assertThat(retired.<List<?>>read("$.data.retire.userErrors")).isEmpty();
	}

}
