package org.govgraph.api.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import org.govgraph.api.GovernanceGraphApplication;
import org.govgraph.api.support.CuratedApiTest;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks end to end: receivers on loopback (allowed here by configuration) get signed
 * deliveries of the changes to their forum's calendar; a failing receiver is retried with
 * backoff; a delivery left pending by an instance that stopped is sent by one that starts on
 * the same graph. Each test follows its own forum, so their deliveries never mix. Timeouts
 * only bound how long a failure takes to show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "govgraph.webhooks.allow-loopback=true", "govgraph.webhooks.poll-interval=100ms",
		"govgraph.webhooks.initial-backoff=200ms" })
class WebhookIT extends CuratedApiTest {

	static final Duration WITHIN = Duration.ofSeconds(20);

	static final String SECRET = "a-shared-secret-of-32-characters";

	static final String REGISTER = """
			mutation($forum: ID!, $url: String!, $secret: String!) {
			  registerWebhook(input: {forum: $forum, url: $url, secret: $secret, comment: "webhook-it"}) {
			    webhook { id forum forumKey url comment createdBy active }
			    userErrors { field message code } } }
			""";

	static final String DELIVERIES = """
			query($webhook: ID!) { webhookDeliveries(webhook: $webhook) { edges { cursor node {
			  id sequence by operation eventKey uid version status attempts attemptStatuses lastStatus lastError
			  at nextAttemptAt deliveredAt } } pageInfo { hasNextPage } } }
			""";

	@Autowired
	WebhookDispatcher dispatcher;

	private final List<Receiver> receivers = new ArrayList<>();

	private int events;

	@AfterAll
	void stopReceivers() {
		this.receivers.forEach((r) -> r.server.stop(0));
	}

	@Test
	void aReceiverOnLoopbackGetsASignedDeliveryOfACalendarChange() throws Exception {
		var receiver = receiver((attempt) -> 204);
		var registered = asCurator(REGISTER, Map.of("forum", id("Forum", "unctad"), "url", receiver.url(), "secret", SECRET));
		assertThat(registered.<List<?>>read("$.data.registerWebhook.userErrors")).isEmpty();
		Map<String, Object> webhook = registered.read("$.data.registerWebhook.webhook");
		String webhookId = (String) webhook.get("id");
		assertThat(webhook).isEqualTo(Map.of("id", webhookId, "forum", id("Forum", "unctad"), "forumKey", "unctad", "url",
				receiver.url(), "comment", "webhook-it", "createdBy", "alice", "active", true));
		assertThat(asCurator("query($forum: ID) { webhooks(forum: $forum) { id url } }",
				Map.of("forum", id("Forum", "unctad"))).<List<Map<String, Object>>>read("$.data.webhooks"))
			.containsExactly(Map.of("id", webhookId, "url", receiver.url()));

		String event = meetingOf("unctad");
		var delivery = awaitDelivery(webhookId, "DELIVERED");
		var request = receiver.requests.stream()
			.filter((r) -> r.headers.get("X-govgraph-delivery").equals(delivery.get("id")))
			.findFirst()
			.orElseThrow();

		assertThat(request.headers.get("X-govgraph-signature"))
			.isEqualTo(WebhookSignature.of(SECRET, request.body.getBytes(StandardCharsets.UTF_8)));
		assertThat(request.headers.get("X-govgraph-signature")).startsWith("sha256=").hasSize(7 + 64);
		assertThat(request.headers.get("Content-type")).isEqualTo("application/json");
		DocumentContext body = JsonPath.parse(request.body);
		String sentAt = body.read("$.sentAt");
		assertThat(request.headers.get("X-govgraph-timestamp"))
			.isEqualTo(Long.toString(java.time.OffsetDateTime.parse(sentAt).toEpochSecond()));
		var change = new LinkedHashMap<String, Object>();
		change.put("sequence", delivery.get("sequence"));
		change.put("at", delivery.get("at"));
		change.put("by", "alice");
		change.put("operation", "CONNECTED");
		change.put("kind", "EVENT");
		change.put("key", event);
		change.put("version", 2);
		assertThat(body.<Map<String, Object>>read("$")).isEqualTo(Map.of("id", delivery.get("id"), "webhook", webhookId,
				"forum", "unctad", "attempt", 1, "sentAt", sentAt, "change", change, "event",
				Map.of("key", event, "uid", event + "@governance-graph", "version", 2)));
		assertThat(delivery).containsEntry("by", "alice")
			.containsEntry("eventKey", event)
			.containsEntry("uid", event + "@governance-graph")
			.containsEntry("version", 2)
			.containsEntry("attempts", 1)
			.containsEntry("attemptStatuses", List.of(204))
			.containsEntry("lastStatus", 204)
			.containsEntry("lastError", null)
			.containsEntry("nextAttemptAt", null);

		// Taking the event out of the calendar is a change to the calendar too.
		var disconnected = asCurator("""
				mutation($from: ID!, $to: ID!) { disconnect(input: {from: $from, relationship: MEETING_OF, to: $to}) {
				  userErrors { field message code } } }
				""", Map.of("from", id("Event", event), "to", id("Forum", "unctad")));
		assertThat(disconnected.<List<?>>read("$.data.disconnect.userErrors")).isEmpty();
		var removal = awaitDelivery(webhookId, "DISCONNECTED", "DELIVERED");
		assertThat(removal).containsEntry("eventKey", event).containsEntry("version", 3).containsEntry("attempts", 1);
	}

	@Test
	void aFailingReceiverIsRetriedWithBackoffUntilItAnswers() throws Exception {
		var receiver = receiver((attempt) -> (attempt <= 2) ? 500 : 200);
		var registered = asCurator(REGISTER, Map.of("forum", id("Forum", "itu/wtpf"), "url", receiver.url(), "secret", SECRET));
		String webhookId = registered.read("$.data.registerWebhook.webhook.id");

		String event = meetingOf("itu/wtpf");
		var delivery = awaitDelivery(webhookId, "DELIVERED");
		assertThat(delivery).containsEntry("eventKey", event)
			.containsEntry("attempts", 3)
			.containsEntry("attemptStatuses", List.of(500, 500, 200))
			.containsEntry("lastStatus", 200)
			.containsEntry("lastError", null);
		var attempts = receiver.requests.stream()
			.filter((r) -> r.headers.get("X-govgraph-delivery").equals(delivery.get("id")))
			.toList();
		assertThat(attempts).hasSize(3);
		assertThat(attempts.stream().map((r) -> JsonPath.parse(r.body).<Integer>read("$.attempt")).toList())
			.containsExactly(1, 2, 3);
		for (var attempt : attempts) {
			assertThat(attempt.headers.get("X-govgraph-signature"))
				.isEqualTo(WebhookSignature.of(SECRET, attempt.body.getBytes(StandardCharsets.UTF_8)));
		}
		// The backoff: 200 ms after the first failure, 400 ms after the second (at least).
		assertThat(Duration.between(attempts.get(0).received, attempts.get(1).received)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(Duration.between(attempts.get(1).received, attempts.get(2).received)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
	}

	@Test
	void urlsOutsideHttpOrOnInternalAddressesAreRefused() {
		for (var refused : List.of(
				List.of("http://10.0.0.1/hook", "the host 10.0.0.1 resolves to 10.0.0.1, an address in a private, link-local or otherwise internal range"),
				List.of("http://169.254.169.254/latest/meta-data/", "the host 169.254.169.254 resolves to 169.254.169.254, an address in a private, link-local or otherwise internal range"),
				List.of("http://192.168.1.20:8080/", "the host 192.168.1.20 resolves to 192.168.1.20, an address in a private, link-local or otherwise internal range"),
				List.of("http://[fd00::1]/", "the host fd00::1 resolves to fd00:0:0:0:0:0:0:1, an address in a private, link-local or otherwise internal range"),
				List.of("http://0.0.0.0:9000/", "the host 0.0.0.0 resolves to 0.0.0.0, an address in a private, link-local or otherwise internal range"),
				List.of("ftp://example.org/hook", "only http and https URLs are accepted"),
				List.of("file:///etc/passwd", "only http and https URLs are accepted"),
				List.of("http://user:pw@127.0.0.1/", "a webhook URL may not carry a user name or password"))) {
			var answer = asCurator(REGISTER, Map.of("forum", id("Forum", "unctad"), "url", refused.get(0), "secret", SECRET));
			assertThat(answer.<Object>read("$.data.registerWebhook.webhook")).as(refused.get(0)).isNull();
			assertThat(answer.<List<Map<String, Object>>>read("$.data.registerWebhook.userErrors")).as(refused.get(0))
				.containsExactly(Map.of("field", List.of("input", "url"), "code", "VALIDATION", "message", refused.get(1)));
		}
		var shortSecret = asCurator(REGISTER, Map.of("forum", id("Forum", "no-such-forum"), "url", "http://127.0.0.1:9/",
				"secret", "short"));
		assertThat(shortSecret.<List<Map<String, Object>>>read("$.data.registerWebhook.userErrors")).containsExactly(
				Map.of("field", List.of("input", "forum"), "code", "NOT_FOUND", "message", "no forum no-such-forum"),
				Map.of("field", List.of("input", "secret"), "code", "VALIDATION", "message", "a secret of 16 to 1024 characters"));
		var anonymous = this.http.query("{ webhooks { id url } }", Map.of());
		assertThat(anonymous.<List<String>>read("$.errors[*].extensions.classification")).containsExactly("UNAUTHORIZED");
	}

	@Test
	void aDeliveryLeftPendingByAStoppedInstanceIsSentByTheNextOne() throws Exception {
		var up = new java.util.concurrent.atomic.AtomicBoolean(false);
		var receiver = receiver((attempt) -> up.get() ? 200 : 503);
		var registered = asCurator(REGISTER, Map.of("forum", id("Forum", "itu/sg"), "url", receiver.url(), "secret", SECRET));
		String webhookId = registered.read("$.data.registerWebhook.webhook.id");
		String event = meetingOf("itu/sg");
		var pending = awaitDelivery(webhookId, "PENDING");
		assertThat(pending).containsEntry("eventKey", event).containsEntry("lastStatus", 503);

		ConfigurableApplicationContext next = null;
		this.dispatcher.stop();
		try {
			var left = deliveryOf(webhookId);
			assertThat(left.get("status")).isEqualTo("PENDING");
			int attemptsBefore = (Integer) left.get("attempts");
			up.set(true);
			var arguments = new ArrayList<>(List.of("--server.port=0", "--govgraph.dataset.load-on-startup=false",
					"--govgraph.webhooks.allow-loopback=true", "--govgraph.webhooks.poll-interval=100ms"));
			arguments.addAll(TestNeo4j.forWrites().springArguments());
			next = new SpringApplicationBuilder(GovernanceGraphApplication.class).run(arguments.toArray(String[]::new));

			var delivered = awaitDelivery(webhookId, "DELIVERED");
			var statuses = new ArrayList<Integer>();
			for (int i = 0; i < attemptsBefore; i++) {
				statuses.add(503);
			}
			statuses.add(200);
			assertThat(delivered).containsEntry("id", left.get("id"))
				.containsEntry("attempts", attemptsBefore + 1)
				.containsEntry("attemptStatuses", statuses);
			var sent = receiver.requests.stream()
				.filter((r) -> r.headers.get("X-govgraph-delivery").equals(left.get("id")) && r.status == 200)
				.toList();
			assertThat(sent).hasSize(1);
			assertThat(JsonPath.parse(sent.getFirst().body).<Integer>read("$.attempt")).isEqualTo(attemptsBefore + 1);
		}
		finally {
			if (next != null) {
				next.close();
			}
			this.dispatcher.start();
		}
	}

	/** Creates an event and makes it a meeting of the forum; returns its key. */
	private String meetingOf(String forum) {
		String key = "webhook-it/meeting-" + (++this.events);
		var created = asCurator("""
				mutation($key: String!) { createEvent(input: {key: $key, name: "Webhook test meeting", kind: MEETING,
				  start: "2026-03-02", provenance: [{kind: CURATED, source: "curated/E1"}]}) {
				  event { key } userErrors { field message code } } }
				""", Map.of("key", key));
		assertThat(created.<List<?>>read("$.data.createEvent.userErrors")).isEmpty();
		var connected = asCurator("""
				mutation($from: ID!, $to: ID!) { connect(input: {from: $from, relationship: MEETING_OF, to: $to,
				  provenance: [{kind: CURATED, source: "curated/E1"}]}) { userErrors { field message code } } }
				""", Map.of("from", id("Event", key), "to", id("Forum", forum)));
		assertThat(connected.<List<?>>read("$.data.connect.userErrors")).isEmpty();
		return key;
	}

	/** The webhook's delivery of the connection (the creation may be delivered too: it depends on when the dispatcher read it). */
	private Map<String, Object> deliveryOf(String webhookId) {
		return deliveryOf(webhookId, "CONNECTED");
	}

	private Map<String, Object> deliveryOf(String webhookId, String operation) {
		List<Map<String, Object>> nodes = asCurator(DELIVERIES, Map.of("webhook", webhookId))
			.read("$.data.webhookDeliveries.edges[*].node");
		return nodes.stream().filter((n) -> operation.equals(n.get("operation"))).findFirst().orElse(null);
	}

	private Map<String, Object> awaitDelivery(String webhookId, String status) throws InterruptedException {
		return awaitDelivery(webhookId, "CONNECTED", status);
	}

	private Map<String, Object> awaitDelivery(String webhookId, String operation, String status)
			throws InterruptedException {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		Map<String, Object> delivery = null;
		while (System.nanoTime() < deadline) {
			delivery = deliveryOf(webhookId, operation);
			if (delivery != null && status.equals(delivery.get("status"))
					&& ((Integer) delivery.get("attempts") > 0 || !"PENDING".equals(status))) {
				return delivery;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no " + status + " delivery within " + WITHIN + "; last seen: " + delivery);
	}

	private Receiver receiver(Function<Integer, Integer> statusOfAttempt) throws IOException {
		var receiver = new Receiver(statusOfAttempt);
		this.receivers.add(receiver);
		return receiver;
	}

	record Request(Map<String, String> headers, String body, int status, java.time.Instant received) {
	}

	/** A webhook receiver on 127.0.0.1: answers each delivery's n-th attempt with the status given, and keeps what it got. */
	static final class Receiver {

		final HttpServer server;

		final List<Request> requests = new CopyOnWriteArrayList<>();

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		Receiver(Function<Integer, Integer> statusOfAttempt) throws IOException {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			this.server.createContext("/hook", (exchange) -> {
				var received = java.time.Instant.now();
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				var headers = new LinkedHashMap<String, String>();
				exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.getFirst()));
				String delivery = headers.getOrDefault("X-govgraph-delivery", "");
				int status = statusOfAttempt.apply(this.attempts.computeIfAbsent(delivery, (d) -> new AtomicInteger()).incrementAndGet());
				this.requests.add(new Request(headers, body, status, received));
				exchange.sendResponseHeaders(status, -1);
				exchange.close();
			});
			this.server.start();
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
		}

	}

}
