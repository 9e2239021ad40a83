package org.govgraph.api.client;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.govgraph.api.support.CuratedApiTest;
import org.govgraph.client.GovernanceGraphClient;
import org.govgraph.client.UnauthorizedException;
import org.govgraph.client.UserErrorsException;
import org.govgraph.client.model.Change;
import org.govgraph.client.model.ChangeOperation;
import org.govgraph.client.model.CreateTopicInput;
import org.govgraph.client.model.NodeKind;
import org.govgraph.client.model.ProvenanceInput;
import org.govgraph.client.model.ProvenanceKind;
import org.govgraph.client.model.RetireInput;
import org.govgraph.client.model.Topic;
import org.govgraph.client.model.TopicKind;
import org.govgraph.client.model.UpdateTopicInput;
import org.govgraph.client.model.UserErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Writes through the typed Java client as a curator (create, update, a stale update's typed
 * {@code CONFLICT}, retire), a write without a token refused as {@code UNAUTHORIZED}, and the
 * created change received through the {@code changes} subscription over graphql-transport-ws.
 */
class JavaClientWritesIT extends CuratedApiTest {

	static final Duration WITHIN = Duration.ofSeconds(15);

	static final ProvenanceInput QUOTE = new ProvenanceInput("itu/wtpf-13/media-backgrounder", "para_2",
			"the global model for Internet governance", ProvenanceKind.QUOTED, null, null, null, null, null);

	GovernanceGraphClient curator;

	@BeforeEach
	void connect() {
		this.curator = GovernanceGraphClient.builder("http://127.0.0.1:" + this.port)
			.bearerToken(token("alice", "CURATOR"))
			.webSocketClient(new StandardWebSocketClient())
			.build();
	}

	@AfterEach
	void close() {
		this.curator.close();
	}

	@Test
	void createUpdateRetireATopicWithTypedUserErrors() {
		Topic created = this.curator
			.createTopic(new CreateTopicInput("java-client-it/a-topic", "A topic", TopicKind.THEME, "Made by the Java client",
					List.of(QUOTE), "JavaClientWritesIT"))
			.orThrow();
		assertThat(created.key()).isEqualTo("java-client-it/a-topic");
		assertThat(created.version()).isEqualTo(1);
		assertThat(created.kind()).isEqualTo(TopicKind.THEME);
		assertThat(created.provenance()).singleElement().satisfies((p) -> {
			assertThat(p.kind()).isEqualTo(ProvenanceKind.QUOTED);
			assertThat(p.locator()).isEqualTo("para_2");
			assertThat(p.quote()).isEqualTo("the global model for Internet governance");
		});

		// The description is removed (an explicit null), the name changed, the kind left as it was.
		Topic updated = this.curator
			.updateTopic(new UpdateTopicInput(created.id(), 1, "A renamed topic", null, null, List.of(QUOTE), "rename",
					Set.of("description")))
			.orThrow();
		assertThat(updated.version()).isEqualTo(2);
		assertThat(updated.name()).isEqualTo("A renamed topic");
		assertThat(updated.description()).isNull();
		assertThat(updated.kind()).isEqualTo(TopicKind.THEME);

		var stale = this.curator.updateTopic(
				new UpdateTopicInput(created.id(), 1, "Stale", null, null, List.of(QUOTE), null, null));
		assertThat(stale.succeeded()).isFalse();
		// The entity as it is, unchanged by the refused write.
		assertThat(stale.result().version()).isEqualTo(2);
		assertThat(stale.result().name()).isEqualTo("A renamed topic");
		assertThat(stale.userErrors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo(UserErrorCode.CONFLICT);
			System.out.println("stale update: " + error);
		});
		assertThatExceptionOfType(UserErrorsException.class).isThrownBy(stale::orThrow)
			.satisfies((ex) -> assertThat(ex.classification()).isEqualTo("CONFLICT"));

		var retired = this.curator.retire(new RetireInput(created.id(), 2, "done")).orThrow();
		assertThat(retired).isInstanceOfSatisfying(Topic.class, (topic) -> {
			assertThat(topic.retired()).isTrue();
			assertThat(topic.version()).isEqualTo(3);
		});
		assertThat(this.curator.node(created.id(), null)).hasValueSatisfying((node) -> assertThat(node.retired()).isTrue());
	}

	@Test
	void aWriteWithoutATokenIsUnauthorized() {
		var anonymous = GovernanceGraphClient.create("http://127.0.0.1:" + this.port);
		assertThatExceptionOfType(UnauthorizedException.class)
			.isThrownBy(() -> anonymous.createTopic(new CreateTopicInput(null, "Nobody's", TopicKind.THEME, null, List.of(QUOTE), null)))
			.satisfies((ex) -> {
				assertThat(ex.classification()).isEqualTo("UNAUTHORIZED");
				assertThat(ex.correlationId()).isNotBlank();
				System.out.println(ex.httpStatus() + " " + ex.getMessage());
			});
	}

	@Test
	void theCreatedTopicArrivesThroughTheSubscription() throws InterruptedException {
		// Resume after the latest change of a topic there is, so nothing can be missed between subscribing and writing.
		String latest = this.curator.changesStream(List.of(NodeKind.TOPIC), 20).reduce((a, b) -> b).map(Change::sequence).orElse(null);
		BlockingQueue<Change> received = new LinkedBlockingQueue<>();
		var failure = new AtomicReference<Throwable>();
		Disposable subscription = this.curator.changes(List.of(NodeKind.TOPIC), latest).subscribe(received::add, failure::set);
		try {
			Topic created = this.curator
				.createTopic(new CreateTopicInput("java-client-it/heard", "Heard over the WebSocket", TopicKind.PROCESS, null,
						List.of(QUOTE), "subscription"))
				.orThrow();
			Change change = received.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(change).as("a change within %s (failure: %s)", WITHIN, failure.get()).isNotNull();
			assertThat(change.operation()).isEqualTo(ChangeOperation.CREATED);
			assertThat(change.kind()).isEqualTo(NodeKind.TOPIC);
			assertThat(change.key()).isEqualTo("java-client-it/heard");
			assertThat(change.by()).isEqualTo("alice");
			assertThat(change.version()).isEqualTo(1);
			assertThat(change.comment()).isEqualTo("subscription");
			assertThat(change.node()).isInstanceOfSatisfying(Topic.class, (topic) -> {
				assertThat(topic.id()).isEqualTo(created.id());
				assertThat(topic.name()).isEqualTo("Heard over the WebSocket");
			});
			System.out.println("received: " + change.sequence() + " " + change.operation() + " " + change.kind() + " "
					+ change.key() + " by " + change.by());
		}
		finally {
			subscription.dispose();
		}
	}

}
