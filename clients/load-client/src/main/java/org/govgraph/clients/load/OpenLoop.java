package org.govgraph.clients.load;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Runs the tasks of an open-loop {@link Schedule}: task {@code i} starts on a virtual thread of its own at its due
 * time, whatever happened to the tasks before it, with at most {@code maxInFlight} running at once (beyond that,
 * starting waits, which the tasks' latencies, measured from their due times, then show).
 */
public final class OpenLoop {

	private OpenLoop() {
	}

	/**
	 * Runs every task of the schedule from {@code startNanos} (on the {@link System#nanoTime()} clock) and returns
	 * when all have finished: the largest lag of a start behind its due time, in nanoseconds.
	 */
	public static long run(Schedule schedule, long startNanos, int maxInFlight, LongConsumer task)
			throws InterruptedException {
		var inFlight = new Semaphore(maxInFlight);
		long maxLag = 0;
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			long count = schedule.count();
			for (long i = 0; i < count; i++) {
				long due = startNanos + schedule.dueOffsetNanos(i);
				for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
					LockSupport.parkNanos(wait);
				}
				inFlight.acquire();
				maxLag = Math.max(maxLag, System.nanoTime() - due);
				long index = i;
				pool.execute(() -> {
					try {
						task.accept(index);
					}
					finally {
						inFlight.release();
					}
				});
			}
			inFlight.acquire(maxInFlight);
		}
		return maxLag;
	}

}
