package org.govgraph.api.curation;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.govgraph.model.curation.ChangeFeedRepository;
import org.govgraph.model.curation.ChangeFeedRepository.Change;
import org.govgraph.model.vocabulary.NodeLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The change log, live. One follower per API instance reads from the graph the {@code Change}
 * nodes after the last one it has seen, every {@code govgraph.changes.poll-interval} (at once
 * again after a full batch), and publishes them in sequence order to this instance's
 * subscribers. A change committed through any instance reaches the subscribers of all of them
 * this way: the graph is the only channel between instances.
 * <p>
 * A subscriber starts after a sequence (when it gives none, after the last change this instance
 * has published as it subscribes: from now on, give or take a polling interval). It first reads from the graph, page by page, what follows that sequence; then
 * it joins the live stream and reads the graph once more from where it got to; then it takes
 * the live changes. Whatever is committed meanwhile comes in that last read or live (or in both),
 * and is passed on once: only a change whose sequence is above the last one passed on goes
 * through. Sequences follow commit order without gaps ({@code ChangeLog}), so nothing is missed.
 * <p>
 * Between the follower and each subscriber is a buffer of {@code govgraph.changes.subscriber-buffer}
 * changes: the follower never waits for a subscriber, and one that lets its buffer fill up is
 * ended with {@link Behind}, to subscribe again with {@code after}. A subscriber's work (its
 * reads of the graph, and resolving the fields of each change it receives) runs on virtual
 * threads of its own, never on the follower's.
 * <p>
 * The follower stops with the application, before the web server's graceful shutdown, and ends
 * every subscription with {@link Stopped}, so no open stream holds the shutdown: it waits (at
 * most {@link #STOP_WAIT}) for the subscriptions to end, and a moment more for their last message
 * to be sent, so that clients learn to subscribe again with {@code after}. It starts again when
 * the context does (a paused test context).
 */
@Component
public class ChangeFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

	/** How many changes one read of a subscriber's replay takes. */
	static final int REPLAY_PAGE = 100;

	/** How many changes a subscriber's thread takes over at a time from the follower's. */
	static final int HANDOVER = 32;

	/** How long stopping waits for a read of the follower in progress, and then for the subscriptions to end. */
	static final Duration STOP_WAIT = Duration.ofSeconds(2);

	/** How long stopping leaves the transports, once the subscriptions have ended, to send their last message. */
	static final Duration FAREWELL = Duration.ofMillis(100);

	/** How many streams are open (replaying or live). */
	private final AtomicInteger streams = new AtomicInteger();

	private final ChangeFeedRepository repository;

	private final ChangeFeedProperties properties;

	/**
	 * Where subscribers' work runs: a virtual thread per task, never interrupted. A subscriber
	 * that leaves while its thread reads the graph lets the read finish; interrupting it would
	 * break the read's Neo4j connection, which counts as Neo4j being unreachable.
	 */
	private final Scheduler scheduler = Schedulers.fromExecutor(Executors.newVirtualThreadPerTaskExecutor(), true);

	private volatile Follower follower;

	private boolean applicationReady;

	public ChangeFeed(ChangeFeedRepository repository, ChangeFeedProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	/** The subscription fell further behind than its buffer holds, and was ended. */
	public static final class Behind extends RuntimeException {

		private final int buffer;

		Behind(int buffer) {
			super("The subscriber fell more than " + buffer + " changes behind", null, false, false);
			this.buffer = buffer;
		}

		/** How many changes its buffer held. */
		public int buffer() {
			return this.buffer;
		}

	}

	/** This instance stopped following the change log (it is shutting down). */
	public static final class Stopped extends RuntimeException {

		Stopped() {
			super("The change feed of this instance has stopped", null, false, false);
		}

	}

	/**
	 * The changes after a sequence, then the live ones, in sequence order, each once.
	 *
	 * @param after the sequence to start after (0: from the first change); null: after the last
	 * change this instance has published when the stream is subscribed to
	 * @param labels only changes to entities of these labels; null for every label
	 */
	public Flux<Change> changes(Long after, Set<NodeLabel> labels) {
		return Flux.defer(() -> {
			Follower current = this.follower;
			if (current == null) {
				return Flux.error(new Stopped());
			}
			this.streams.incrementAndGet();
			var seam = new AtomicLong();
			Mono<Long> start = (after != null) ? Mono.just(after)
					: current.ready.asMono().then(Mono.fromCallable(() -> current.position));
			return start.flatMapMany((from) -> {
				seam.set(from);
				return replay(current, from, labels).concatWith(Flux.defer(() -> tail(current, seam.get(), labels)));
			}).filter((change) -> {
				if (change.sequence() <= seam.get()) {
					return false;
				}
				seam.set(change.sequence());
				return true;
			}).publishOn(this.scheduler, HANDOVER).doFinally((signal) -> this.streams.decrementAndGet());
		});
	}

	/** What the graph holds after a sequence, page by page as the subscriber takes them, until the follower stops. */
	private Flux<Change> replay(Follower follower, long from, Set<NodeLabel> labels) {
		if (follower.stopped) {
			return Flux.error(new Stopped());
		}
		return read(() -> this.repository.after(from, labels, REPLAY_PAGE)).flatMapMany((page) -> {
			Flux<Change> changes = Flux.fromIterable(page);
			return (page.size() < REPLAY_PAGE) ? changes
					: changes.concatWith(Flux.defer(() -> replay(follower, page.getLast().sequence(), labels)));
		});
	}

	/**
	 * The live stream, joined (into the subscriber's own buffer) before the graph is read once
	 * more from where the replay got to, then drained. Joined only once the follower knows where
	 * the log ends, so that everything it publishes from then on is after what it has published.
	 */
	private Flux<Change> tail(Follower follower, long from, Set<NodeLabel> labels) {
		return follower.ready.asMono().thenMany(Flux.defer(() -> {
			int size = this.properties.subscriberBuffer();
			Sinks.Many<Change> buffer = Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(size));
			Disposable live = follower.live.asFlux()
				.filter((change) -> labels == null || labels.contains(change.label()))
				.subscribe((change) -> {
					if (buffer.tryEmitNext(change) == Sinks.EmitResult.FAIL_OVERFLOW) {
						buffer.tryEmitError(new Behind(size));
					}
				}, buffer::tryEmitError, buffer::tryEmitComplete);
			return replay(follower, from, labels).concatWith(buffer.asFlux()).doFinally((signal) -> live.dispose());
		}));
	}

	private <T> Mono<T> read(Callable<T> read) {
		return Mono.fromCallable(read).subscribeOn(this.scheduler);
	}

	/** The sequence of the last change the follower has published; -1 before it knows where the log ends, or when stopped. */
	public long position() {
		Follower current = this.follower;
		return (current != null) ? current.position : -1;
	}

	/** How many subscribers take the live changes now (those still replaying from the graph not counted). */
	public int liveSubscribers() {
		Follower current = this.follower;
		return (current != null) ? current.live.currentSubscriberCount() : 0;
	}

	/**
	 * The follower reads the log only once the application is ready: while it starts, the schema
	 * migrations and the dataset load hold the graph, and a read would wait for them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void applicationReady() {
		Follower current;
		synchronized (this) {
			this.applicationReady = true;
			current = this.follower;
		}
		if (current != null) {
			current.start();
		}
	}

	@Override
	public void start() {
		synchronized (this) {
			if (this.follower == null) {
				this.follower = new Follower();
				if (this.applicationReady) {
					this.follower.start();
				}
			}
		}
	}

	@Override
	public void stop() {
		Follower stopping;
		synchronized (this) {
			stopping = this.follower;
			this.follower = null;
		}
		if (stopping == null) {
			return;
		}
		boolean subscribed = this.streams.get() > 0;
		stopping.stop();
		// The subscriptions end with Stopped; give them, and the transports, a moment to say so.
		long deadline = System.nanoTime() + STOP_WAIT.toNanos();
		try {
			while (this.streams.get() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			if (subscribed) {
				Thread.sleep(FAREWELL.toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.follower != null;
	}

	/** Stops before the web server's graceful shutdown (and starts after it is up). */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

	/** One run of the follower: its thread, the sink it publishes to, and where in the log it is. */
	private final class Follower implements Runnable {

		final Sinks.Many<Change> live = Sinks.many().multicast().directBestEffort();

		final Sinks.Empty<Void> ready = Sinks.empty();

		private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((task) -> {
			var thread = new Thread(task, "change-feed");
			thread.setDaemon(true);
			return thread;
		});

		volatile long position = -1;

		private volatile boolean stopped;

		private boolean failing;

		private boolean started;

		synchronized void start() {
			if (!this.started && !this.stopped) {
				this.started = true;
				long interval = Math.max(1, ChangeFeed.this.properties.pollInterval().toMillis());
				this.thread.scheduleWithFixedDelay(this, 0, interval, TimeUnit.MILLISECONDS);
			}
		}

		@Override
		public void run() {
			try {
				if (this.position < 0) {
					this.position = ChangeFeed.this.repository.lastSequence();
					this.ready.tryEmitEmpty();
					log.info("Following the change log from sequence {}, every {}", this.position,
							ChangeFeed.this.properties.pollInterval());
				}
				int batchSize = ChangeFeed.this.properties.batchSize();
				List<Change> batch;
				do {
					batch = ChangeFeed.this.repository.after(this.position, null, batchSize);
					for (Change change : batch) {
						if (!publish(change)) {
							return;
						}
						this.position = change.sequence();
					}
				}
				while (batch.size() == batchSize && !this.stopped);
				if (this.failing) {
					this.failing = false;
					log.info("Reading the change log again, from sequence {}", this.position);
				}
			}
			catch (RuntimeException ex) {
				if (!this.failing && !this.stopped) {
					this.failing = true;
					log.warn("Could not read the change log ({}); trying again every {}", ex.toString(),
							ChangeFeed.this.properties.pollInterval());
				}
			}
		}

		/** Passes a change to the subscribers; false once stopped. Never waits for a subscriber. */
		private synchronized boolean publish(Change change) {
			if (this.stopped) {
				return false;
			}
			this.live.tryEmitNext(change);
			return true;
		}

		/**
		 * Ends the follower: a read in progress is left to finish (interrupting it would break its
		 * Neo4j connection, which the circuit breaker counts as Neo4j being unreachable), then
		 * every subscriber is told.
		 */
		void stop() {
			this.stopped = true;
			this.thread.shutdown();
			try {
				if (!this.thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
					log.warn("The change feed's follower did not stop within {}; leaving it", STOP_WAIT);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			synchronized (this) {
				this.live.tryEmitError(new Stopped());
			}
			this.ready.tryEmitError(new Stopped());
		}

	}

}
