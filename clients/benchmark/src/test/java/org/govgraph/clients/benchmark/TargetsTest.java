package org.govgraph.clients.benchmark;

import java.util.stream.LongStream;

import org.govgraph.clients.load.LatencyStats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Percentiles, ratios and the PASS/GAP rules of the targets. */
class TargetsTest {

	static LatencyStats.Summary latency(double p50, double p999) {
		return new LatencyStats.Summary(500, p50, p50, p999, p999, p999);
	}

	static QueryResult result(double apiThroughput, double floorThroughput, double apiP50, double floorP50,
			double apiP999) {
		var api = new SideResult(latency(apiP50, apiP999), 600, 0, apiThroughput, 8, 2, 1, 3);
		var floor = new SideResult(latency(floorP50, floorP50 * 2), 600, 0, floorThroughput, 8, 1, 0.5, 1);
		return new QueryResult("q", "a question", api, floor, "agree", 0);
	}

	@Test
	void percentilesFromTheHistogramAreExactBelowTwoMilliseconds() {
		var stats = new LatencyStats();
		LongStream.rangeClosed(1, 1000).forEach((micros) -> stats.recordNanos(micros * 1000));
		var summary = stats.summary();
		assertThat(summary.count()).isEqualTo(1000);
		assertThat(summary.p50()).isEqualTo(0.5);
		assertThat(summary.p90()).isEqualTo(0.9);
		assertThat(summary.p99()).isEqualTo(0.99);
		assertThat(summary.p999()).isEqualTo(0.999);
		assertThat(summary.max()).isEqualTo(1.0);
	}

	@Test
	void theRatiosAreApiOverFloorAndTailOverMedian() {
		var targets = Targets.of(result(300, 500, 6, 4, 15));
		assertThat(targets.throughputRatio()).isEqualTo(0.6);
		assertThat(targets.p50Ratio()).isEqualTo(1.5);
		assertThat(targets.tailRatio()).isEqualTo(2.5);
	}

	@Test
	void eachTargetPassesAtItsBoundAndIsAGapJustPastIt() {
		var atBounds = Targets.of(result(300, 500, 6, 4, 18));
		assertThat(atBounds.throughput()).isEqualTo(Targets.Verdict.PASS);
		assertThat(atBounds.p50()).isEqualTo(Targets.Verdict.PASS);
		assertThat(atBounds.tail()).isEqualTo(Targets.Verdict.PASS);

		var past = Targets.of(result(299, 500, 6.04, 4, 18.2));
		assertThat(past.throughput()).isEqualTo(Targets.Verdict.GAP);
		assertThat(past.p50()).isEqualTo(Targets.Verdict.GAP);
		assertThat(past.tail()).isEqualTo(Targets.Verdict.GAP);
	}

	@Test
	void nothingMeasuredOnOneSideGivesNoVerdict() {
		var targets = Targets.of(result(300, 0, 6, 0, 18));
		assertThat(targets.throughputRatio()).isNaN();
		assertThat(targets.throughput()).isEqualTo(Targets.Verdict.NONE);
		assertThat(targets.p50()).isEqualTo(Targets.Verdict.NONE);
		assertThat(targets.tail()).isEqualTo(Targets.Verdict.PASS);
		assertThat(Targets.cell(targets.throughputRatio(), targets.throughput())).isEqualTo("n/a");
	}

	@Test
	void aCellShowsTheRatioWithTwoDecimalsAndItsVerdict() {
		assertThat(Targets.cell(0.7249, Targets.Verdict.PASS)).isEqualTo("0.72 PASS");
		assertThat(Targets.cell(4.857, Targets.Verdict.GAP)).isEqualTo("4.86 GAP");
	}

	@Test
	void theSizeLTargetsPassAtTheirBoundsAndFailPastThemOrOnErrors() {
		assertThat(ScaleTargets.p99(withP99(50, 0))).isEqualTo(Targets.Verdict.PASS);
		assertThat(ScaleTargets.p99(withP99(50.1, 0))).isEqualTo(Targets.Verdict.GAP);
		assertThat(ScaleTargets.p99(withP99(3, 1))).isEqualTo(Targets.Verdict.GAP);
		assertThat(ScaleTargets.p99(withP99(0, 0))).isEqualTo(Targets.Verdict.NONE);
		assertThat(ScaleTargets.nodeThroughput(result(2000, 1, 1, 1, 1))).isEqualTo(Targets.Verdict.PASS);
		assertThat(ScaleTargets.nodeThroughput(result(1999.9, 1, 1, 1, 1))).isEqualTo(Targets.Verdict.GAP);
		assertThat(ScaleTargets.heap(1024)).isEqualTo(Targets.Verdict.PASS);
		assertThat(ScaleTargets.heap(1024.5)).isEqualTo(Targets.Verdict.GAP);
		assertThat(ScaleTargets.heap(0)).isEqualTo(Targets.Verdict.NONE);
	}

	static QueryResult withP99(double p99, long errors) {
		var api = new SideResult(new LatencyStats.Summary(1000, p99 / 2, p99 / 2, p99, p99, p99), 1000, errors, 100, 8,
				2, 1, 1);
		var floor = new SideResult(latency(1, 2), 1000, 0, 100, 8, 1, 0.5, 1);
		return new QueryResult("q", "a question", api, floor, "agree", 0);
	}

}
