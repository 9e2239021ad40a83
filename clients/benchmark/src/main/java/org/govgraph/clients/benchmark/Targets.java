package org.govgraph.clients.benchmark;

import java.util.Locale;

/**
 * The targets at size S, and the verdict of one query against them: the API's throughput at saturation
 * at least 60 % of the floor's, its p50 at the fixed rate at most 1.5 times the floor's, and its p99.9 at most 3
 * times its own p50. A ratio that cannot be formed (nothing measured on one side) is neither a pass nor a gap.
 *
 * @param throughputRatio API throughput / floor throughput
 * @param p50Ratio API p50 / floor p50
 * @param tailRatio API p99.9 / API p50
 */
record Targets(double throughputRatio, double p50Ratio, double tailRatio) {

	static final double MIN_THROUGHPUT_RATIO = 0.60;

	static final double MAX_P50_RATIO = 1.5;

	static final double MAX_TAIL_RATIO = 3.0;

	/** The verdict words. */
	enum Verdict {

		PASS, GAP, NONE;

		String text() {
			return this == NONE ? "n/a" : name();
		}

	}

	static Targets of(QueryResult result) {
		return new Targets(ratio(result.api().throughput(), result.floor().throughput()),
				ratio(result.api().latency().p50(), result.floor().latency().p50()),
				ratio(result.api().latency().p999(), result.api().latency().p50()));
	}

	/** {@code a / b}; NaN when either is unmeasured (zero or negative), so no verdict rests on nothing. */
	static double ratio(double a, double b) {
		return (a > 0 && b > 0) ? a / b : Double.NaN;
	}

	Verdict throughput() {
		return atLeast(this.throughputRatio, MIN_THROUGHPUT_RATIO);
	}

	Verdict p50() {
		return atMost(this.p50Ratio, MAX_P50_RATIO);
	}

	Verdict tail() {
		return atMost(this.tailRatio, MAX_TAIL_RATIO);
	}

	static Verdict atLeast(double ratio, double min) {
		return Double.isNaN(ratio) ? Verdict.NONE : (ratio >= min ? Verdict.PASS : Verdict.GAP);
	}

	static Verdict atMost(double ratio, double max) {
		return Double.isNaN(ratio) ? Verdict.NONE : (ratio <= max ? Verdict.PASS : Verdict.GAP);
	}

	/** A ratio with two decimals and its verdict, e.g. {@code 0.72 PASS}; {@code n/a} when there is none. */
	static String cell(double ratio, Verdict verdict) {
		return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f %s", ratio, verdict.text());
	}

}
