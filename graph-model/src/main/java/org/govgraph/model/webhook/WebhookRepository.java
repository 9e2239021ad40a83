package org.govgraph.model.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govgraph.model.calendar.EventUid;
import org.govgraph.model.curation.ChangeLog;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * The webhooks of forums' calendars and their queue of deliveries (see the package
 * description). The dispatcher of each API instance calls {@link #enqueue} to turn the changes
 * of the log after the cursor into deliveries, {@link #claim} to take the due ones for a while
 * (so no other instance sends them meanwhile) and {@link #attempted} to record each attempt.
 * Claims and the cursor are serialized by the cursor node's lock.
 */
@Repository
public class WebhookRepository {

	/** The name of the one cursor node. */
	public static final String CURSOR = "webhooks";

	/** A delivery's states. */
	public enum Status {

		/** Not yet delivered; sent (again) at {@code nextAttemptAt}. */
		PENDING,
		/** A 2xx answer was received. */
		DELIVERED,
		/** Given up: every attempt within the retry duration failed. */
		FAILED

	}

	/**
	 * A registered webhook.
	 *
	 * @param secret the shared secret deliveries are signed with; never shown to clients
	 */
	public record Webhook(String id, String forumKey, String url, String secret, String comment, String createdBy,
			OffsetDateTime createdAt, boolean active) {
	}

	/**
	 * One delivery: a change of an event of the webhook's forum's calendar.
	 *
	 * @param sequence the change's sequence in the change log
	 * @param at when the change was committed
	 * @param by who made it
	 * @param version the event's version after the change
	 * @param attemptStatuses the HTTP status of each attempt so far, 0 for no answer
	 * @param lastStatus the HTTP status of the last attempt; null before the first, 0 for no answer
	 */
	public record Delivery(String id, String webhookId, long sequence, OffsetDateTime at, String by, String operation,
			String eventKey, String uid, long version, Status status, int attempts, List<Integer> attemptStatuses,
			OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt, Integer lastStatus,
			String lastError, OffsetDateTime deliveredAt) {

		public Delivery {
			attemptStatuses = List.copyOf(attemptStatuses);
		}

	}

	/** A claimed delivery with what sending it takes. */
	public record Due(Delivery delivery, String url, String secret, String forumKey) {
	}

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final TransactionConfig CONFIG = TransactionConfig.builder()
		.withTimeout(TIMEOUT)
		.withMetadata(Map.of("app", "webhooks"))
		.build();

	private static final String FORUM_EXISTS = """
			MATCH (f:Forum {key: $key}) WHERE NOT f:Retired
			RETURN count(f) > 0 AS found
			""";

	/** The cursor, created at the end of the log; its lock serializes enqueueing and claiming. */
	private static final String LOCK_CURSOR = """
			OPTIONAL MATCH (counter:ChangeCounter {name: $counter})
			MERGE (cur:WebhookCursor {name: $name})
			ON CREATE SET cur.sequence = coalesce(counter.sequence, 0)
			SET cur.lockedAt = datetime.realtime()
			RETURN cur.sequence AS sequence
			""";

	private static final String REGISTER = """
			OPTIONAL MATCH (counter:ChangeCounter {name: $counter})
			CREATE (w:Webhook {id: randomUUID(), forumKey: $forumKey, url: $url, secret: $secret, createdBy: $by,
			                   createdAt: datetime.realtime(), active: true,
			                   fromSequence: coalesce(counter.sequence, 0)})
			SET w.comment = $comment
			RETURN w
			""";

	private static final String FIND = """
			MATCH (w:Webhook {id: $id})
			RETURN w
			""";

	private static final String LIST = """
			MATCH (w:Webhook)
			WHERE $forumKey IS NULL OR w.forumKey = $forumKey
			RETURN w ORDER BY w.createdAt, w.id
			""";

	/** Enabling starts from the end of the log: what was committed while disabled is not delivered. */
	private static final String SET_ACTIVE = """
			OPTIONAL MATCH (counter:ChangeCounter {name: $counter})
			MATCH (w:Webhook {id: $id})
			SET w.fromSequence = CASE WHEN $active AND NOT w.active THEN coalesce(counter.sequence, 0)
			                     ELSE w.fromSequence END,
			    w.active = $active
			RETURN w
			""";

	private static final String WORK = """
			RETURN EXISTS { MATCH (:Webhook {active: true}) } AS active,
			       EXISTS { MATCH (:WebhookDelivery {status: 'PENDING'}) } AS pending
			""";

	private static final String DELETE = """
			MATCH (w:Webhook {id: $id})
			OPTIONAL MATCH (d:WebhookDelivery {webhookId: w.id})
			DETACH DELETE d
			WITH DISTINCT w
			DETACH DELETE w
			RETURN count(*) AS deleted
			""";

	private static final String DELIVERIES = """
			MATCH (d:WebhookDelivery {webhookId: $id})
			WHERE d.sequence > $after
			RETURN d ORDER BY d.sequence LIMIT $limit
			""";

	private static final String LAST_OF_BATCH = """
			MATCH (c:Change) WHERE c.sequence > $from
			WITH c.sequence AS sequence ORDER BY sequence LIMIT $limit
			RETURN count(sequence) AS changes, max(sequence) AS last
			""";

	/**
	 * A delivery per active webhook whose forum's calendar holds the changed event, once per
	 * webhook and change; or whose calendar the change took the event out of (it removed the
	 * event's meeting-of or convened-by link to the forum or one of its organs).
	 */
	private static final String QUEUE = """
			MATCH (c:Change {label: 'Event'}) WHERE c.sequence > $from AND c.sequence <= $to
			MATCH (n:Event {key: c.key})
			MATCH (w:Webhook {active: true}) WHERE w.fromSequence < c.sequence
			MATCH (forum:Forum {key: w.forumKey})
			WITH c, n, w, forum
			WHERE EXISTS {
			  MATCH (c)-[:REMOVED]->(r:RelationshipSnapshot)
			  WHERE r.fromKey = c.key AND r.type IN ['MEETING_OF', 'CONVENED_BY']
			    AND EXISTS { MATCH (:Forum {key: r.toKey})-[:PART_OF*0..]->(forum) }
			} OR\s""" + EventUid.IN_FORUM_CALENDAR + """

			MERGE (d:WebhookDelivery {webhookId: w.id, sequence: c.sequence})
			ON CREATE SET d.id = randomUUID(), d.at = c.at, d.by = c.by, d.operation = c.operation,
			              d.eventKey = c.key, d.uid = coalesce(n.uid, c.key + $uidSuffix), d.version = c.version,
			              d.status = 'PENDING', d.attempts = 0, d.attemptStatuses = [],
			              d.createdAt = datetime.realtime(), d.nextAttemptAt = datetime.realtime()
			RETURN count(d) AS queued
			""";

	private static final String ADVANCE = """
			MATCH (cur:WebhookCursor {name: $name})
			SET cur.sequence = $to
			""";

	private static final String CLAIM = """
			WITH datetime.realtime() AS now
			MATCH (d:WebhookDelivery {status: 'PENDING'})
			WHERE d.nextAttemptAt <= now AND (d.claimedUntil IS NULL OR d.claimedUntil <= now)
			MATCH (w:Webhook {id: d.webhookId, active: true})
			WITH d, w, now ORDER BY d.nextAttemptAt, d.sequence LIMIT $limit
			SET d.claimedUntil = now + duration({milliseconds: $leaseMillis})
			RETURN d, w.url AS url, w.secret AS secret, w.forumKey AS forumKey
			""";

	private static final String ATTEMPTED = """
			MATCH (d:WebhookDelivery {id: $id})
			SET d.attempts = d.attempts + 1, d.attemptStatuses = coalesce(d.attemptStatuses, []) + [$httpStatus],
			    d.lastAttemptAt = datetime.realtime(), d.lastStatus = $httpStatus, d.lastError = $error,
			    d.claimedUntil = null, d.status = $status, d.nextAttemptAt = $next,
			    d.deliveredAt = CASE WHEN $status = 'DELIVERED' THEN datetime.realtime() ELSE null END
			RETURN d
			""";

	private final Driver driver;

	public WebhookRepository(Driver driver) {
		this.driver = driver;
	}

	/** Whether a forum of this key exists and is not retired. */
	public boolean forumExists(String forumKey) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(FORUM_EXISTS, Map.of("key", forumKey)).single().get("found").asBoolean(),
					CONFIG);
		}
	}

	/** Registers a webhook: it receives the changes committed after this one. */
	public Webhook register(String forumKey, String url, String secret, String comment, String by) {
		var parameters = new HashMap<String, Object>();
		parameters.put("counter", ChangeLog.COUNTER);
		parameters.put("name", CURSOR);
		parameters.put("forumKey", forumKey);
		parameters.put("url", url);
		parameters.put("secret", secret);
		parameters.put("comment", comment);
		parameters.put("by", by);
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> {
				tx.run(LOCK_CURSOR, parameters).consume();
				return webhook(tx.run(REGISTER, parameters).single().get("w"));
			}, CONFIG);
		}
	}

	public Optional<Webhook> find(String id) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(FIND, Map.of("id", id)).list().stream()
				.map((r) -> webhook(r.get("w")))
				.findFirst(), CONFIG);
		}
	}

	/** The webhooks of a forum, or of every forum when {@code forumKey} is null, oldest first. */
	public List<Webhook> webhooks(String forumKey) {
		var parameters = new HashMap<String, Object>();
		parameters.put("forumKey", forumKey);
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(LIST, parameters).list((r) -> webhook(r.get("w"))), CONFIG);
		}
	}

	/** Enables or disables a webhook: a disabled one queues nothing and sends nothing. */
	public Optional<Webhook> setActive(String id, boolean active) {
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> tx.run(SET_ACTIVE, Map.of("counter", ChangeLog.COUNTER, "id", id, "active", active)).list().stream()
				.map((r) -> webhook(r.get("w")))
				.findFirst(), CONFIG);
		}
	}

	/** Deletes a webhook and its deliveries; false when there was none. */
	public boolean delete(String id) {
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> tx.run(DELETE, Map.of("id", id)).single().get("deleted").asLong() > 0,
					CONFIG);
		}
	}

	/**
	 * Whether the dispatcher has anything to do: some webhook is active (so changes are to be
	 * queued), some delivery is pending (to be sent). A read, so an idle dispatcher writes nothing.
	 */
	public Work work() {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> {
				var r = tx.run(WORK).single();
				return new Work(r.get("active").asBoolean(), r.get("pending").asBoolean());
			}, CONFIG);
		}
	}

	/** What {@link #work} found. */
	public record Work(boolean activeWebhooks, boolean pendingDeliveries) {
	}

	/** A webhook's deliveries after a sequence, by sequence, at most {@code limit}. */
	public List<Delivery> deliveries(String webhookId, long after, int limit) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(DELIVERIES, Map.of("id", webhookId, "after", after, "limit", limit))
				.list((r) -> delivery(r.get("d"))), CONFIG);
		}
	}

	/**
	 * Turns at most {@code limit} changes of the log after the cursor into deliveries, and moves
	 * the cursor past them, in one transaction.
	 *
	 * @return how many changes were read (fewer than {@code limit}: the log is read to its end)
	 */
	public int enqueue(int limit) {
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> {
				long from = tx.run(LOCK_CURSOR, Map.of("counter", ChangeLog.COUNTER, "name", CURSOR))
					.single()
					.get("sequence")
					.asLong();
				Record batch = tx.run(LAST_OF_BATCH, Map.of("from", from, "limit", limit)).single();
				int changes = batch.get("changes").asInt();
				if (changes == 0) {
					return 0;
				}
				long to = batch.get("last").asLong();
				tx.run(QUEUE, Map.of("from", from, "to", to, "uidSuffix", EventUid.of(""))).consume();
				tx.run(ADVANCE, Map.of("name", CURSOR, "to", to)).consume();
				return changes;
			}, CONFIG);
		}
	}

	/** Claims at most {@code limit} due deliveries for {@code lease}: no instance sends them again meanwhile. */
	public List<Due> claim(int limit, Duration lease) {
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> {
				tx.run(LOCK_CURSOR, Map.of("counter", ChangeLog.COUNTER, "name", CURSOR)).consume();
				return tx.run(CLAIM, Map.of("limit", limit, "leaseMillis", lease.toMillis()))
					.list((r) -> new Due(delivery(r.get("d")), r.get("url").asString(), r.get("secret").asString(),
							r.get("forumKey").asString()));
			}, CONFIG);
		}
	}

	/**
	 * Records one attempt and what follows from it.
	 *
	 * @param httpStatus the answer's status; 0 when none came
	 * @param error why it failed; null when delivered
	 * @param status the delivery's new status
	 * @param next when to try again (for {@code PENDING}); null otherwise
	 */
	public Delivery attempted(String deliveryId, int httpStatus, String error, Status status, OffsetDateTime next) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", deliveryId);
		parameters.put("httpStatus", httpStatus);
		parameters.put("error", error);
		parameters.put("status", status.name());
		parameters.put("next", next);
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> tx.run(ATTEMPTED, parameters).list((r) -> delivery(r.get("d"))), CONFIG)
				.stream()
				.findFirst()
				.orElse(null);
		}
	}

	private static Webhook webhook(Value w) {
		return new Webhook(w.get("id").asString(), w.get("forumKey").asString(), w.get("url").asString(),
				w.get("secret").asString(), w.get("comment").asString(null), w.get("createdBy").asString(),
				time(w.get("createdAt")), w.get("active").asBoolean());
	}

	private static Delivery delivery(Value d) {
		return new Delivery(d.get("id").asString(), d.get("webhookId").asString(), d.get("sequence").asLong(),
				time(d.get("at")), d.get("by").asString(), d.get("operation").asString(), d.get("eventKey").asString(),
				d.get("uid").asString(), d.get("version").asLong(), Status.valueOf(d.get("status").asString()),
				d.get("attempts").asInt(), d.get("attemptStatuses").asList(Value::asInt), time(d.get("createdAt")),
				time(d.get("nextAttemptAt")), time(d.get("lastAttemptAt")),
				d.get("lastStatus").isNull() ? null : d.get("lastStatus").asInt(), d.get("lastError").asString(null),
				time(d.get("deliveredAt")));
	}

	private static OffsetDateTime time(Value value) {
		return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime();
	}

}
