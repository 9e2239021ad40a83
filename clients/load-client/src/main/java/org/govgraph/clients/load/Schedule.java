package org.govgraph.clients.load;

/**
 * The open-loop schedule of valid requests: request {@code i} is due {@code i / rate} seconds after the start,
 * whatever happened to the requests before it. The requests due during the warm-up are sent but not recorded.
 * Latency is measured from a request's due time, not from when it actually left, so a stalled client or server
 * cannot hide the delay it causes (no coordinated omission).
 *
 * @param rate requests per second
 * @param warmupSeconds the unrecorded warm-up
 * @param durationSeconds the recorded part, after the warm-up
 */
public record Schedule(int rate, long warmupSeconds, long durationSeconds) {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	public Schedule {
		if (rate < 1 || warmupSeconds < 0 || durationSeconds < 1) {
			throw new IllegalArgumentException("rate and duration must be at least 1, warm-up at least 0");
		}
	}

	/** How many requests the whole run sends, warm-up included. */
	public long count() {
		return Math.multiplyExact((long) this.rate, this.warmupSeconds + this.durationSeconds);
	}

	/** How many of them are recorded. */
	public long recordedCount() {
		return (long) this.rate * this.durationSeconds;
	}

	/** The whole run's length: warm-up and recorded part. */
	public long totalNanos() {
		return (this.warmupSeconds + this.durationSeconds) * NANOS_PER_SECOND;
	}

	/** When request {@code i} is due, in nanoseconds after the start; computed from i, so no drift accumulates. */
	public long dueOffsetNanos(long i) {
		return Math.multiplyExact(i, NANOS_PER_SECOND) / this.rate;
	}

	/** Whether request {@code i} is recorded: due at or after the end of the warm-up. */
	public boolean isRecorded(long i) {
		return i >= (long) this.rate * this.warmupSeconds;
	}

	/** Latency of request {@code i}: from its due time to {@code completedNanos}, both on the run's nanoTime clock. */
	public long latencyNanos(long startNanos, long i, long completedNanos) {
		return completedNanos - (startNanos + dueOffsetNanos(i));
	}

}
