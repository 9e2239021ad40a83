package org.govgraph.clients.benchmark;

import java.util.Locale;

/**
 * The targets at size L, judged on one run: every query's p99 at the fixed rate at most 50 ms (the
 * target's rate is 100 requests/s, so a run at another rate is judged but says so), {@code node(id:)} at least
 * 2,000 requests/s at saturation, and the API's heap at most 1 GiB under load.
 */
final class ScaleTargets {

	static final double MAX_P99_MILLIS = 50;

	static final int TARGET_RATE = 100;

	static final double MIN_NODE_THROUGHPUT = 2000;

	static final double MAX_HEAP_MIB = 1024;

	/** The query whose saturated throughput the target names. */
	static final String NODE_QUERY = "node";

	private ScaleTargets() {
	}

	/** A query with no latency recorded has no verdict; one whose requests failed misses the target. */
	static Targets.Verdict p99(QueryResult result) {
		double p99 = result.api().latency().p99();
		if (p99 <= 0) {
			return Targets.Verdict.NONE;
		}
		return (result.api().errors() > 0) ? Targets.Verdict.GAP : Targets.atMost(p99, MAX_P99_MILLIS);
	}

	static Targets.Verdict nodeThroughput(QueryResult result) {
		return result.api().throughput() > 0 ? Targets.atLeast(result.api().throughput(), MIN_NODE_THROUGHPUT)
				: Targets.Verdict.NONE;
	}

	static Targets.Verdict heap(double maxHeapMiB) {
		return maxHeapMiB > 0 ? Targets.atMost(maxHeapMiB, MAX_HEAP_MIB) : Targets.Verdict.NONE;
	}

	/** The section of the report: one row per query, then the throughput and heap targets. */
	static void render(StringBuilder out, RunReport run) {
		out.append("## Against the targets (size L)\n\n")
			.append(String.format(Locale.ROOT,
					"Every query's p99 at most %.0f ms at %d requests/s, `node(id:)` at least %,.0f requests/s at "
							+ "saturation, the API's heap at most %.0f MiB under load. ",
					MAX_P99_MILLIS, TARGET_RATE, MIN_NODE_THROUGHPUT, MAX_HEAP_MIB))
			.append(String.format(Locale.ROOT, "This run: %,d nodes, %d requests/s%s.%n%n", run.nodes(), run.rate(),
					run.rate() == TARGET_RATE ? "" : " (not the target's rate, so the p99 verdicts are indicative)"))
			.append("| query | API p99 (ms) | errors | verdict |\n| --- | ---: | ---: | --- |\n");
		int pass = 0;
		int gap = 0;
		for (var r : run.results()) {
			var verdict = p99(r);
			out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s |%n", r.name(),
					MarkdownReport.ms(r.api().latency().p99()), r.api().errors(), verdict.text()));
			pass += (verdict == Targets.Verdict.PASS) ? 1 : 0;
			gap += (verdict == Targets.Verdict.GAP) ? 1 : 0;
		}
		out.append('\n');
		var node = run.results().stream().filter((r) -> r.name().equals(NODE_QUERY)).findFirst();
		if (node.isPresent()) {
			var verdict = nodeThroughput(node.get());
			out.append(String.format(Locale.ROOT, "- `node(id:)` at saturation: %.1f requests/s, %s.%n",
					node.get().api().throughput(), verdict.text()));
			pass += (verdict == Targets.Verdict.PASS) ? 1 : 0;
			gap += (verdict == Targets.Verdict.GAP) ? 1 : 0;
		}
		var heap = heap(run.maxHeapMiB());
		out.append(String.format(Locale.ROOT, "- max heap used: %.0f MiB, %s.%n", run.maxHeapMiB(), heap.text()));
		pass += (heap == Targets.Verdict.PASS) ? 1 : 0;
		gap += (heap == Targets.Verdict.GAP) ? 1 : 0;
		out.append('\n').append(pass).append(" PASS, ").append(gap).append(" GAP.\n\n");
	}

}
