package org.govgraph.clients.load;

import java.util.Locale;
import java.util.Map;

/** What the load client prints, and the verdict of a comparison. */
final class Report {

	private Report() {
	}

	/** The verdict of a comparison: flood p99 / baseline p99, and whether it is within the allowed ratio. */
	record Comparison(double baselineP99, double floodP99, double ratio, double maxRatio, boolean validOk) {

		static Comparison of(LatencyStats.Summary baseline, LatencyStats.Summary flood, double maxRatio,
				boolean validOk) {
			double ratio = baseline.p99() > 0 ? flood.p99() / baseline.p99() : Double.POSITIVE_INFINITY;
			return new Comparison(baseline.p99(), flood.p99(), ratio, maxRatio, validOk);
		}

		boolean pass() {
			return this.validOk && this.ratio <= this.maxRatio;
		}

		String format() {
			return String.format(Locale.ROOT, "p99 ratio (flood / baseline): %.3f / %.3f ms = %.2f (max %.2f): %s%s",
					this.floodP99, this.baselineP99, this.ratio, this.maxRatio, pass() ? "PASS" : "FAIL",
					this.validOk ? "" : " (some valid requests did not get a 200 without errors)");
		}

	}

	static String settings(LoadOptions o) {
		return String.format(Locale.ROOT,
				"url %s, rate %d/s, warm-up %d s, duration %d s, flood threads %d, max in flight %d, timeout %d s, api key %s",
				o.url(), o.rate(), o.warmup().toSeconds(), o.duration().toSeconds(), o.floodThreads(), o.maxInFlight(),
				o.timeout().toSeconds(), o.apiKey().isEmpty() ? "(none)" : o.apiKey());
	}

	static String latency(LatencyStats.Summary s) {
		return String.format(Locale.ROOT,
				"valid latency ms (from due time, %d recorded): p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f",
				s.count(), s.p50(), s.p90(), s.p99(), s.p999(), s.max());
	}

	static String format(LoadRun.Result r) {
		var out = new StringBuilder();
		out.append("== ").append(r.label()).append('\n');
		out.append("  valid requests sent: ").append(r.validSent()).append(String.format(Locale.ROOT,
				" (max send lag %.3f ms)%n", r.maxSendLagMillis()));
		out.append("  valid outcomes: ").append(r.valid().total()).append('\n');
		r.valid().byGroup().forEach((g, c) -> out.append("    ").append(g).append(": ").append(c).append('\n'));
		samples(out, r.valid().samples());
		out.append("  ").append(latency(r.latency())).append('\n');
		if (r.floodThreads() > 0) {
			out.append(String.format(Locale.ROOT, "  flood: %d threads, %d requests in %.1f s = %.1f requests/s%n",
					r.floodThreads(), r.floodSent(), r.floodSeconds(), r.floodRate()));
			out.append("  flood outcomes: ").append(r.flood().total()).append('\n');
			r.flood().byGroup().forEach((g, c) -> out.append("    ").append(g).append(": ").append(c).append('\n'));
			samples(out, r.flood().samples());
		}
		return out.toString();
	}

	private static void samples(StringBuilder out, Map<String, String> samples) {
		samples.forEach((k, v) -> out.append("    sample [").append(k).append("]: ").append(v).append('\n'));
	}

}
