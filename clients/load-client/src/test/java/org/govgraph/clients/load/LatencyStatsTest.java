package org.govgraph.clients.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyStatsTest {

	@Test
	void percentilesOfAKnownDistribution() {
		var stats = new LatencyStats();
		for (long micros = 1; micros <= 1_000; micros++) {
			stats.recordNanos(micros * 1_000);
		}
		var summary = stats.summary();
		assertThat(summary).isEqualTo(new LatencyStats.Summary(1_000, 0.5, 0.9, 0.99, 0.999, 1.0));
	}

	@Test
	void oneSlowOutlierInAHundredIsTheP100NotTheP99() {
		var stats = new LatencyStats();
		for (int i = 0; i < 99; i++) {
			stats.recordNanos(2_000_000); // 2 ms
		}
		stats.recordNanos(2_047_000); // the largest value kept exactly at 3 significant digits, in µs
		assertThat(stats.percentileMillis(99)).isEqualTo(2.0);
		assertThat(stats.percentileMillis(99.9)).isEqualTo(2.047);
		assertThat(stats.maxMillis()).isEqualTo(2.047);
	}

	@Test
	void nanosecondsAreTruncatedToMicrosecondsAndNegativesCountAsZero() {
		var stats = new LatencyStats();
		stats.recordNanos(1_999);
		stats.recordNanos(-5);
		assertThat(stats.count()).isEqualTo(2);
		assertThat(stats.maxMillis()).isEqualTo(0.001);
		assertThat(stats.percentileMillis(50)).isEqualTo(0.0);
	}

	@Test
	void anEmptyHistogramReportsZeros() {
		assertThat(new LatencyStats().summary()).isEqualTo(new LatencyStats.Summary(0, 0, 0, 0, 0, 0));
	}

}
