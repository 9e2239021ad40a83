package org.govgraph.api.curation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import org.govgraph.model.curation.ChangeFeedRepository;
import org.govgraph.model.curation.ChangeFeedRepository.Change;
import org.govgraph.model.curation.ChangeOperation;
import org.govgraph.model.vocabulary.NodeLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follower and the seam between replay and live changes, over an in-memory change log:
 * every change after {@code after} exactly once and in order, however the log grows while a
 * subscriber replays; {@code kinds}; a subscriber that takes nothing is ended with
 * {@link ChangeFeed.Behind} without holding the follower back; stopping ends subscriptions with
 * {@link ChangeFeed.Stopped}, and the feed starts again.
 */
class ChangeFeedTest {

	static final Duration WITHIN = Duration.ofSeconds(10);

	/** Each subscriber's buffer: well above the follower's batches of 7. */
	static final int BUFFER = 64;

	private final Log log = new Log();

	private final ChangeFeed feed = new ChangeFeed(this.log, new ChangeFeedProperties(Duration.ofMillis(5), 7, BUFFER));

	@BeforeEach
	void applicationReady() {
		this.feed.applicationReady();
	}

	@AfterEach
	void stop() {
		this.feed.stop();
	}

	/** A change log in memory, read as the repository reads the graph's. */
	static final class Log extends ChangeFeedRepository {

		private final List<Change> changes = new ArrayList<>();

		/** Called before each read, so a test can commit changes while a subscriber replays. */
		volatile Runnable onRead = () -> {
		};

		Log() {
			super(null);
		}

		synchronized void commit(NodeLabel label, int count) {
			for (int i = 0; i < count; i++) {
				long sequence = this.changes.size() + 1;
				this.changes.add(new Change(sequence, OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC)
					.plusSeconds(sequence), "curator", ChangeOperation.UPDATED, label, "key-" + sequence, sequence, null));
			}
		}

		@Override
		public List<Change> after(long after, Collection<NodeLabel> labels, int limit) {
			this.onRead.run();
			synchronized (this) {
				return this.changes.stream()
					.filter((c) -> c.sequence() > after && (labels == null || labels.contains(c.label())))
					.limit(limit)
					.toList();
			}
		}

		@Override
		public synchronized long lastSequence() {
			return this.changes.size();
		}

	}

	/** A subscriber that takes what it is given, when it asks. */
	static final class Taker extends BaseSubscriber<Change> {

		final BlockingQueue<Change> received = new LinkedBlockingQueue<>();

		final AtomicReference<Throwable> failure = new AtomicReference<>();

		private final long initialDemand;

		Taker(long initialDemand) {
			this.initialDemand = initialDemand;
		}

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			if (this.initialDemand > 0) {
				request(this.initialDemand);
			}
		}

		@Override
		protected void hookOnNext(Change change) {
			this.received.add(change);
		}

		@Override
		protected void hookOnError(Throwable ex) {
			this.failure.set(ex);
		}

		List<Long> take(int count) throws InterruptedException {
			var sequences = new ArrayList<Long>();
			for (int i = 0; i < count; i++) {
				var change = this.received.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
				assertThat(change).as("change %d of %d (failure: %s)", i + 1, count, this.failure.get()).isNotNull();
				sequences.add(change.sequence());
			}
			return sequences;
		}

	}

	private static List<Long> range(long from, long to) {
		return LongStream.rangeClosed(from, to).boxed().toList();
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		var deadline = Instant.now().plus(WITHIN);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as(what).isBefore(deadline);
			Thread.sleep(5);
		}
	}

	@Test
	void aSubscriberGetsEveryChangeAfterItsSequenceOnceAndInOrderWhileTheLogGrows() throws Exception {
		this.log.commit(NodeLabel.TOPIC, 250);
		this.feed.start();
		await("the follower at 250", () -> this.feed.position() == 250);
		// The log grows while the subscriber replays: by one change at every read it makes.
		this.log.onRead = () -> this.log.commit(NodeLabel.TOPIC, 1);
		var taker = new Taker(Long.MAX_VALUE);
		this.feed.changes(10L, null).subscribe(taker);
		var replayed = taker.take(245);
		assertThat(replayed).isEqualTo(range(11, 255));
		this.log.onRead = () -> {
		};
		await("the follower caught up", () -> this.feed.position() == this.log.lastSequence());
		long end = this.log.lastSequence();
		this.log.commit(NodeLabel.TOPIC, 20);
		var rest = taker.take((int) (end + 20 - 255));
		assertThat(rest).isEqualTo(range(256, end + 20));
		await("the follower at the end", () -> this.feed.position() == end + 20);
		assertThat(taker.received).isEmpty();
		assertThat(taker.failure.get()).isNull();
	}

	@Test
	void withoutAfterASubscriberGetsTheChangesPublishedFromThenOn() throws Exception {
		this.log.commit(NodeLabel.EVENT, 3);
		this.feed.start();
		await("the follower at 3", () -> this.feed.position() == 3);
		var taker = new Taker(Long.MAX_VALUE);
		this.feed.changes(null, null).subscribe(taker);
		this.log.commit(NodeLabel.EVENT, 2);
		assertThat(taker.take(2)).isEqualTo(List.of(4L, 5L));
	}

	@Test
	void kindsKeepOnlyTheChangesOfThoseLabels() throws Exception {
		this.feed.start();
		this.log.commit(NodeLabel.TOPIC, 2);
		this.log.commit(NodeLabel.EVENT, 1);
		await("the follower at 3", () -> this.feed.position() == 3);
		var taker = new Taker(Long.MAX_VALUE);
		this.feed.changes(0L, Set.of(NodeLabel.EVENT, NodeLabel.FORUM)).subscribe(taker);
		assertThat(taker.take(1)).isEqualTo(List.of(3L));
		this.log.commit(NodeLabel.FORUM, 1);
		this.log.commit(NodeLabel.TOPIC, 1);
		this.log.commit(NodeLabel.EVENT, 1);
		assertThat(taker.take(2)).isEqualTo(List.of(4L, 6L));
	}

	@Test
	void aSubscriberThatTakesNothingIsEndedWithoutHoldingTheFollowerBack() throws Exception {
		this.feed.start();
		await("the follower ready", () -> this.feed.position() == 0);
		var slow = new Taker(0);
		var fast = new Taker(Long.MAX_VALUE);
		this.feed.changes(0L, null).subscribe(slow);
		this.feed.changes(0L, null).subscribe(fast);
		await("both taking live changes", () -> this.feed.liveSubscribers() == 2);
		// The follower and the subscriber that keeps up go on as if the slow one were not there.
		for (int step = 0; step < 20; step++) {
			this.log.commit(NodeLabel.TOPIC, 10);
			assertThat(fast.take(10)).isEqualTo(range(step * 10 + 1, step * 10 + 10));
		}
		await("the follower at 200", () -> this.feed.position() == 200);
		// The slow one, asked at last, gets what its buffer held, in order, then the error.
		slow.request(Long.MAX_VALUE);
		await("the slow subscriber ended", () -> slow.failure.get() != null);
		var held = new ArrayList<Change>();
		slow.received.drainTo(held);
		assertThat(held).isNotEmpty();
		assertThat(held.stream().map(Change::sequence).toList()).isEqualTo(range(1, held.size()));
		assertThat(held.size()).isGreaterThan(BUFFER).isLessThan(200);
		assertThat(slow.failure.get()).isInstanceOf(ChangeFeed.Behind.class);
		assertThat(((ChangeFeed.Behind) slow.failure.get()).buffer()).isEqualTo(BUFFER);
		assertThat(fast.failure.get()).isNull();
	}

	@Test
	void stoppingEndsTheSubscriptionsAndTheFeedStartsAgain() throws Exception {
		this.feed.start();
		this.log.commit(NodeLabel.TOPIC, 1);
		await("the follower at 1", () -> this.feed.position() == 1);
		var taker = new Taker(Long.MAX_VALUE);
		this.feed.changes(null, null).subscribe(taker);
		this.log.commit(NodeLabel.TOPIC, 1);
		assertThat(taker.take(1)).isEqualTo(List.of(2L));
		this.feed.stop();
		await("the subscription ended", () -> taker.failure.get() != null);
		assertThat(taker.failure.get()).isInstanceOf(ChangeFeed.Stopped.class);
		assertThat(this.feed.isRunning()).isFalse();
		var late = new Taker(Long.MAX_VALUE);
		this.feed.changes(null, null).subscribe(late);
		assertThat(late.failure.get()).isInstanceOf(ChangeFeed.Stopped.class);

		this.feed.start();
		var again = new Taker(Long.MAX_VALUE);
		this.feed.changes(1L, null).subscribe(again);
		this.log.commit(NodeLabel.TOPIC, 1);
		assertThat(again.take(2)).isEqualTo(List.of(2L, 3L));
	}

}
