package org.govgraph.api.curation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

import org.govgraph.api.GovernanceGraphApplication;
import org.govgraph.api.limits.SubscriptionSlots;
import org.govgraph.api.support.ChangeLogWrites;
import org.govgraph.api.support.CuratedApiTest;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.TestTokens;
import org.govgraph.model.curation.ChangeOperation;
import org.govgraph.model.testing.TestNeo4j;
import org.govgraph.model.vocabulary.NodeLabel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code changes} subscription over graphql-ws, across two instances of the API on one
 * Neo4j: A (the test's application) and B, started here. A change written through B reaches a
 * subscriber of A, which follows the change log in the graph; a subscriber that reconnects with
 * {@code after} gets exactly what it missed, then live changes; {@code kinds} filter; a client
 * holds at most 16 subscriptions at once; an instance that stops ends its subscriptions with
 * {@code SERVICE_UNAVAILABLE}. Timeouts here only bound how long a failure takes to show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriptionIT extends CuratedApiTest {

	/** How long a change may take to arrive before the test fails: a bound, not a measure. */
	static final Duration WITHIN = Duration.ofSeconds(15);

	static final String CHANGES = """
			subscription($after: String, $kinds: [NodeKind!]) {
			  changes(after: $after, kinds: $kinds) { sequence by operation key kind version node { id } }
			}
			""";

	@Autowired
	SubscriptionSlots slots;

	@LocalServerPort
	int portOfA;

	private ConfigurableApplicationContext instanceB;

	private final List<Subscriber> subscribers = new ArrayList<>();

	private int topics;

	@BeforeAll
	void startInstanceB() {
		var arguments = new ArrayList<>(List.of("--server.port=0",
				// The graph is loaded already (by A): B serves it as it is.
				"--govgraph.dataset.load-on-startup=false"));
		arguments.addAll(TestNeo4j.forWrites().springArguments());
		this.instanceB = new SpringApplicationBuilder(GovernanceGraphApplication.class).run(arguments.toArray(String[]::new));
	}

	@AfterAll
	void stopInstanceB() {
		if (this.instanceB != null) {
			this.instanceB.close();
		}
	}

	@AfterEach
	void disconnect() {
		this.subscribers.forEach(Subscriber::close);
		this.subscribers.clear();
	}

	/** Creates a topic through instance B's {@code createTopic} mutation, as a curator would, and returns its key. */
	private String createTopicThroughB(String name) {
		String key = "subscription-it/" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + (++this.topics);
		int portOfB = ((org.springframework.boot.web.server.context.WebServerApplicationContext) this.instanceB).getWebServer()
			.getPort();
		var answer = GraphQlHttp.parse(new GraphQlHttp(portOfB).post("""
				mutation($key: String!, $name: String!) { createTopic(input: {key: $key, name: $name, kind: THEME,
				  provenance: [{kind: QUOTED, source: "itu/wtpf-13/media-backgrounder", locator: "para_2",
				                quote: "the global model for Internet governance"}]}) { topic { key } userErrors { message } } }
				""", java.util.Map.of("key", key, "name", name), java.util.Map.of("Authorization",
				TestTokens.bearer("curator", "CURATOR"))).body());
		assertThat(answer.<List<?>>read("$.data.createTopic.userErrors")).isEmpty();
		return answer.read("$.data.createTopic.topic.key");
	}

	/** A graphql-ws connection to an instance, as the subject of a token (so that its subscriptions are its own). */
	private WebSocketGraphQlClient connect(int port, String subject) {
		return WebSocketGraphQlClient.builder("ws://127.0.0.1:" + port + "/graphql", new StandardWebSocketClient())
			.header("Authorization", TestTokens.bearer(subject))
			.build();
	}

	/** One subscription and what it has received. */
	private final class Subscriber {

		final WebSocketGraphQlClient client;

		final BlockingQueue<ClientGraphQlResponse> received = new LinkedBlockingQueue<>();

		final AtomicReference<Throwable> failure = new AtomicReference<>();

		final Disposable subscription;

		volatile boolean completed;

		Subscriber(WebSocketGraphQlClient client, Map<String, Object> variables) {
			this.client = client;
			this.subscription = client.document(CHANGES)
				.variables(variables)
				.executeSubscription()
				.subscribe(this.received::add, this.failure::set, () -> this.completed = true);
		}

		/** The next response, failing after {@link #WITHIN}. */
		ClientGraphQlResponse next() throws InterruptedException {
			var response = this.received.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(response).as("a response within %s (failure: %s)", WITHIN, this.failure.get()).isNotNull();
			return response;
		}

		/** The next change received. */
		Map<String, Object> nextChange() throws InterruptedException {
			var response = next();
			assertThat(response.getErrors()).isEmpty();
			Map<String, Object> data = response.getData();
			@SuppressWarnings("unchecked")
			Map<String, Object> change = (Map<String, Object>) data.get("changes");
			return change;
		}

		void close() {
			this.subscription.dispose();
			this.client.stop().block(WITHIN);
		}

	}

	private Subscriber subscribe(WebSocketGraphQlClient client, Map<String, Object> variables) {
		var subscriber = new Subscriber(client, variables);
		this.subscribers.add(subscriber);
		return subscriber;
	}

	private static void await(String what, IntSupplier value, int expected) throws InterruptedException {
		var deadline = Instant.now().plus(WITHIN);
		while (value.getAsInt() != expected) {
			assertThat(Instant.now()).as("%s reaching %d (now %d)", what, expected, value.getAsInt()).isBefore(deadline);
			Thread.sleep(20);
		}
	}

	private void awaitSlots(String subject, int held) throws InterruptedException {
		await("subscriptions held by " + subject, () -> this.slots.held("subject:" + subject), held);
	}

	private int portOfB() {
		return ((WebServerApplicationContext) this.instanceB).getWebServer().getPort();
	}

	@Test
	@Order(1)
	void aChangeWrittenThroughAnotherInstanceReachesTheSubscriber() throws Exception {
		var subscriber = subscribe(connect(this.portOfA, "live"), Map.of());
		awaitSlots("live", 1);
		String key = createTopicThroughB("Live topic");
		var change = subscriber.nextChange();
		assertThat(change).containsEntry("key", key)
			.containsEntry("operation", "CREATED")
			.containsEntry("kind", "TOPIC")
			.containsEntry("by", "curator")
			.containsEntry("version", 1);
		assertThat(change.get("sequence")).isEqualTo(Long.toString(new ChangeLogWrites(this.instanceB.getBean(Driver.class)).lastSequence()));
		assertThat(subscriber.received).isEmpty();
	}

	@Test
	@Order(2)
	void aSubscriberThatReconnectsWithAfterGetsWhatItMissedThenLiveChanges() throws Exception {
		var first = subscribe(connect(this.portOfA, "reconnecting"), Map.of());
		awaitSlots("reconnecting", 1);
		String seen = createTopicThroughB("Seen");
		var last = first.nextChange();
		assertThat(last.get("key")).isEqualTo(seen);
		long lastSeen = Long.parseLong((String) last.get("sequence"));

		first.close();
		awaitSlots("reconnecting", 0);
		String missed1 = createTopicThroughB("Missed");
		String missed2 = createTopicThroughB("Missed");

		var again = subscribe(connect(this.portOfA, "reconnecting"), Map.of("after", Long.toString(lastSeen)));
		var replayed1 = again.nextChange();
		var replayed2 = again.nextChange();
		assertThat(List.of(replayed1.get("key"), replayed2.get("key"))).isEqualTo(List.of(missed1, missed2));
		assertThat(List.of(replayed1.get("sequence"), replayed2.get("sequence")))
			.isEqualTo(List.of(Long.toString(lastSeen + 1), Long.toString(lastSeen + 2)));

		awaitSlots("reconnecting", 1);
		String live = createTopicThroughB("Live after the replay");
		var next = again.nextChange();
		assertThat(next.get("key")).isEqualTo(live);
		assertThat(next.get("sequence")).isEqualTo(Long.toString(lastSeen + 3));
		assertThat(again.received).isEmpty();
	}

	@Test
	@Order(3)
	void kindsKeepOnlyTheChangesToThoseKindsAndNodeIsTheEntityAsItIsNow() throws Exception {
		var log = new ChangeLogWrites(this.instanceB.getBean(Driver.class));
		var events = subscribe(connect(this.portOfA, "kinds"), Map.of("kinds", List.of("EVENT")));
		awaitSlots("kinds", 1);
		createTopicThroughB("Not an event");
		var recorded = log.commit(
				ChangeLogWrites.entry(ChangeOperation.UPDATED, NodeLabel.TOPIC, "multistakeholder-model", 2, "curator", null),
				ChangeLogWrites.entry(ChangeOperation.CONNECTED, NodeLabel.EVENT, "wsis/2005-tunis", 3, "curator", null));
		var change = events.nextChange();
		assertThat(change).isEqualTo(Map.of("sequence", Long.toString(recorded.get(1).sequence()), "by", "curator",
				"operation", "CONNECTED", "key", "wsis/2005-tunis", "kind", "EVENT", "version", 3, "node",
				Map.of("id", id("Event", "wsis/2005-tunis"))));
		assertThat(events.received).isEmpty();
	}

	@Test
	@Order(4)
	void aClientHoldsAtMostSixteenSubscriptionsAtOnce() throws Exception {
		var client = connect(this.portOfA, "many");
		var held = new ArrayList<Subscriber>();
		for (int i = 0; i < 16; i++) {
			held.add(subscribe(client, Map.of()));
		}
		awaitSlots("many", 16);

		var refused = subscribe(client, Map.of());
		await("the refused subscription failing", () -> (refused.failure.get() != null) ? 1 : 0, 1);
		assertThat(refused.failure.get()).isInstanceOf(SubscriptionErrorException.class);
		var errors = ((SubscriptionErrorException) refused.failure.get()).getErrors();
		assertThat(errors).hasSize(1);
		ResponseError error = errors.getFirst();
		assertThat(error.getMessage()).isEqualTo(
				"The request exceeds the subscriptionsPerClient limit: this client's open subscriptions would number 17, at most 16 (over by 1)");
		assertThat(error.getExtensions()).containsEntry("classification", "LIMIT_EXCEEDED")
			.containsEntry("limit", "subscriptionsPerClient")
			.containsEntry("max", 16)
			.containsEntry("actual", 17);
		assertThat(refused.received).isEmpty();
		assertThat(this.slots.held("subject:many")).isEqualTo(16);

		// A slot given back is a slot free: another subscription is accepted, and receives changes.
		held.getFirst().subscription.dispose();
		awaitSlots("many", 15);
		var accepted = subscribe(client, Map.of());
		awaitSlots("many", 16);
		String key = createTopicThroughB("Sixteenth");
		assertThat(accepted.nextChange().get("key")).isEqualTo(key);
		for (Subscriber subscriber : held.subList(1, 16)) {
			assertThat(subscriber.nextChange().get("key")).isEqualTo(key);
		}
	}

	@Test
	@Order(5)
	void aMalformedAfterIsABadRequestNamingTheArgument() throws Exception {
		var subscriber = subscribe(connect(this.portOfA, "malformed"), Map.of("after", "next"));
		await("the subscription failing", () -> (subscriber.failure.get() != null) ? 1 : 0, 1);
		assertThat(subscriber.failure.get()).isInstanceOf(SubscriptionErrorException.class);
		var errors = ((SubscriptionErrorException) subscriber.failure.get()).getErrors();
		assertThat(errors).hasSize(1);
		assertThat(errors.getFirst().getMessage()).isEqualTo(
				"'next' is not a change sequence: give the digits of a Change.sequence, or \"0\" for the first change (argument 'after')");
		assertThat(errors.getFirst().getExtensions()).containsEntry("classification", "BAD_REQUEST")
			.containsEntry("argument", "after");
		assertThat(subscriber.received).isEmpty();
		assertThat(this.slots.held("subject:malformed")).isZero();
	}

	@Test
	@Order(6)
	void anInstanceThatStopsEndsItsSubscriptionsWithServiceUnavailable() throws Exception {
		// From the last change on (a subscription without `after` may also get one committed just before it).
		var last = new ChangeLogWrites(this.instanceB.getBean(Driver.class)).lastSequence();
		var onB = subscribe(connect(portOfB(), "stopping"), Map.of("after", Long.toString(last)));
		var slotsOfB = this.instanceB.getBean(SubscriptionSlots.class);
		await("subscriptions held on B", () -> slotsOfB.held("subject:stopping"), 1);
		String key = createTopicThroughB("Before B stops");
		assertThat(onB.nextChange().get("key")).isEqualTo(key);

		this.instanceB.close();
		this.instanceB = null;
		await("the subscription on B ending", () -> (onB.failure.get() != null) ? 1 : 0, 1);
		assertThat(onB.failure.get()).isInstanceOf(SubscriptionErrorException.class);
		var errors = ((SubscriptionErrorException) onB.failure.get()).getErrors();
		assertThat(errors).hasSize(1);
		assertThat(errors.getFirst().getMessage()).isEqualTo("This API instance has stopped following the change log "
				+ "(it is shutting down): subscribe again with 'after' set to the sequence of the last change you received");
		assertThat(errors.getFirst().getExtensions()).containsEntry("classification", "SERVICE_UNAVAILABLE");
	}

}
