package org.govgraph.clients.load;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Latencies of valid requests in an HdrHistogram, in microseconds from 1 µs to 1 hour with 3 significant digits
 * (values below 2,048 µs are exact; above, within 0.1 %).
 */
public final class LatencyStats {

	static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

	private final Histogram histogram = new SynchronizedHistogram(1, HIGHEST_MICROS, 3);

	/** Records one latency; negative values (a response before its due time cannot happen) count as 0. */
	public void recordNanos(long nanos) {
		long micros = Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos));
		this.histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
	}

	public long count() {
		return this.histogram.getTotalCount();
	}

	/** The latency at this percentile (0–100], in milliseconds; 0 when nothing was recorded. */
	public double percentileMillis(double percentile) {
		return this.histogram.getValueAtPercentile(percentile) / 1000.0;
	}

	public double maxMillis() {
		return this.histogram.getMaxValue() / 1000.0;
	}

	/** p50, p90, p99, p99.9 and max, in milliseconds. */
	public Summary summary() {
		return new Summary(count(), percentileMillis(50), percentileMillis(90), percentileMillis(99),
				percentileMillis(99.9), maxMillis());
	}

	/** A run's latency percentiles and maximum, in milliseconds, and how many latencies were recorded. */
	public record Summary(long count, double p50, double p90, double p99, double p999, double max) {
	}

}
