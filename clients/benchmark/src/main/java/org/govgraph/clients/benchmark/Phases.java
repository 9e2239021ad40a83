package org.govgraph.clients.benchmark;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.govgraph.clients.load.LatencyStats;
import org.govgraph.clients.load.OpenLoop;
import org.govgraph.clients.load.Schedule;

/**
 * The two ways a target is loaded. Open loop: request {@code i} is due at {@code i / rate} seconds, sent on a
 * virtual thread of its own whatever happened to the others, and its latency runs from that due time (no
 * coordinated omission: a stall delays the requests behind it, and their latencies show it). Closed loop: a few
 * workers each send the next request as soon as the previous answer is in, as fast as the target answers.
 */
final class Phases {

	/** At most this many open-loop requests in flight; beyond it sending waits, and the latencies grow. */
	static final int MAX_IN_FLIGHT = 256;

	private Phases() {
	}

	/** What an open-loop run measured. */
	record OpenLoopResult(LatencyStats.Summary latency, long sent, long errors) {
	}

	/** What a closed-loop run measured. */
	record ClosedLoop(int workers, long completed, long errors, double seconds) {

		/** Good answers per second. */
		double throughput() {
			return this.seconds > 0 ? this.completed / this.seconds : 0;
		}

	}

	static OpenLoopResult openLoop(Target target, Schedule schedule) throws InterruptedException {
		var latency = new LatencyStats();
		var errors = new AtomicLong();
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
		OpenLoop.run(schedule, start, MAX_IN_FLIGHT, (index) -> {
			boolean ok = target.callQuietly();
			long done = System.nanoTime();
			if (!ok) {
				errors.incrementAndGet();
			}
			if (schedule.isRecorded(index)) {
				latency.recordNanos(schedule.latencyNanos(start, index, done));
			}
		});
		return new OpenLoopResult(latency.summary(), schedule.count(), errors.get());
	}

	static ClosedLoop closedLoop(Target target, int workers, long seconds) throws InterruptedException {
		var completed = new AtomicLong();
		var errors = new AtomicLong();
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int w = 0; w < workers; w++) {
				pool.execute(() -> {
					while (System.nanoTime() < end) {
						if (target.callQuietly()) {
							completed.incrementAndGet();
						}
						else {
							errors.incrementAndGet();
						}
					}
				});
			}
		}
		return new ClosedLoop(workers, completed.get(), errors.get(), (System.nanoTime() - start) / 1e9);
	}

}
