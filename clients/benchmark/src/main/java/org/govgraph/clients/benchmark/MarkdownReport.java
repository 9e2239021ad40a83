package org.govgraph.clients.benchmark;

import java.util.Locale;

import org.govgraph.clients.load.LatencyStats;

/** The run as markdown: method, machine and graph, then a table per kind of figure, and the verdicts. */
final class MarkdownReport {

	private MarkdownReport() {
	}

	static String render(RunReport run) {
		var out = new StringBuilder();
		out.append("# Benchmarks: the API against the floor\n\n");
		out.append("Measured by `clients/benchmark` on ").append(run.startedAt())
			.append(". Each canonical question is asked of the API (`POST /graphql`) and, as hand-written Cypher through ")
			.append("the Neo4j Java Driver, of the API's own embedded Neo4j over Bolt: the *floor*, what the graph ")
			.append("answers without the API in between. Reproduce with:\n\n");
		out.append("```bash\n").append(run.command()).append("\n```\n\n");
		method(out, run);
		machine(out, run);
		queries(out, run);
		latency(out, run);
		throughput(out, run);
		targets(out, run);
		ScaleTargets.render(out, run);
		out.append("## Chart\n\n").append("![p50 and p99 latency at ").append(run.rate())
			.append(" requests/s, API and floor, per query](").append(run.chartFile()).append(")\n");
		return out.toString();
	}

	private static void method(StringBuilder out, RunReport run) {
		out.append("## Method\n\n");
		out.append("- **Launch.** The API jar runs as a child process of the benchmark (same JDK), on free ports, with the ")
			.append("benchmark's issued API key (`X-API-Key: benchmark`) and a cost budget of 100,000,000 points a minute, ")
			.append("so no request is refused for its cost. *Time to ready* runs from starting the process to ")
			.append("`/actuator/health/readiness` saying `UP`.\n");
		out.append("- **Agreement.** Before measuring, each query is asked once of both sides and the shapes of the answers ")
			.append("compared (items in all, items returned, first key).\n");
		out.append(String.format(Locale.ROOT, "- **Warm-up.** Every query, API and floor, in a closed loop with 4 workers for %d s ",
				run.warmupSeconds()))
			.append("before anything is measured, so the first query measured does not pay for the JIT compilation of ")
			.append("code the others share. Then, query by query, the API's phases, then the floor's.\n");
		out.append(String.format(Locale.ROOT, "- **Latency, open loop.** %d requests/s for %d s of warm-up then %d s recorded; ",
				run.rate(), run.warmupSeconds(), run.durationSeconds()))
			.append("request *i* is due at *i / rate* s and sent on its own virtual thread whatever happened to the others ")
			.append("(at most ").append(Phases.MAX_IN_FLIGHT).append(" in flight). Latency runs from the due time, not from ")
			.append("when the request left, so a stall shows in the requests queued behind it (no coordinated omission). ")
			.append("HdrHistogram, 3 significant digits. ")
			.append(String.format(Locale.ROOT, "Each phase records %,d requests, so p99.9 rests on the slowest %s.%n",
					(long) run.rate() * run.durationSeconds(), tail((long) run.rate() * run.durationSeconds())));
		out.append(String.format(Locale.ROOT, "- **Throughput at saturation, closed loop.** %s workers, each sending the next ",
				join(run)))
			.append(String.format(Locale.ROOT, "request when the last is answered, for %d s each; the better count is kept. ",
					run.saturationSeconds()))
			.append("Client and server share the machine's cores.\n");
		out.append("- **CPU per request.** `utime + stime` of the API's process (which hosts the embedded Neo4j, so the ")
			.append("floor's Cypher is counted there too) from `/proc/<pid>/stat`, before and after a phase, divided by ")
			.append("the requests of the phase (its warm-up included); clock ticks of 10 ms. Background work of the ")
			.append("process (e.g. the change-feed poller) falls into the phase too, which weighs most at the fixed rate: ")
			.append("the idle CPU below, measured for ").append(Benchmark.IDLE_SECONDS)
			.append(" s after the warm-up, shows how much.\n");
		out.append("- **Statements per request.** The API's counter `govgraph_cypher_statements_total` (`/actuator/prometheus`) ")
			.append("before and after the fixed-rate phase, divided by its requests; the floor sends one statement per ")
			.append("request by construction.\n");
		out.append("- **Heap.** The largest sum of `jvm_memory_used_bytes{area=\"heap\"}` seen, sampled once a second.\n\n");
	}

	private static void machine(StringBuilder out, RunReport run) {
		var m = run.machine();
		out.append("## Machine and graph\n\n| | |\n| --- | --- |\n");
		row(out, "processors", Integer.toString(m.cpus()));
		row(out, "CPU", m.cpuModel());
		row(out, "RAM", String.format(Locale.ROOT, "%.1f GiB", m.ramBytes() / (1024.0 * 1024 * 1024)));
		row(out, "OS", m.os());
		row(out, "JVM", m.jvm());
		row(out, "API JVM arguments", run.jvmArgs().isEmpty() ? "(none: the JDK's defaults)" : "`" + run.jvmArgs() + "`");
		row(out, "data directory", run.dataDirectory());
		row(out, "graph", String.format(Locale.ROOT, "%,d nodes (%,d of them instruments, paragraphs, fora, events, roles, "
				+ "stakeholder groups and topics), %,d relationships", run.nodes(), run.governanceNodes(),
				run.relationships()));
		row(out, "time to ready", String.format(Locale.ROOT, "%.1f s", run.secondsToReady()));
		row(out, "max heap used", String.format(Locale.ROOT, "%.0f MiB", run.maxHeapMiB()));
		row(out, "idle CPU of the API's process", String.format(Locale.ROOT,
				"%.1f ms/s with no request in flight (%.2f ms of each request's CPU at %d requests/s)",
				run.idleCpuMillisPerSecond(), run.idleCpuMillisPerSecond() / run.rate(), run.rate()));
		out.append('\n');
	}

	private static void queries(StringBuilder out, RunReport run) {
		out.append("## Queries\n\n")
			.append("*Other CPU* is the share of the machine's CPU that processes other than the API and the benchmark ")
			.append("took while the query was measured (from `/proc/stat`): above a few per cent, its figures were disturbed.\n\n")
			.append("| query | question | API and floor at the start | other CPU |\n| --- | --- | --- | ---: |\n");
		for (var r : run.results()) {
			out.append("| ").append(r.name()).append(" | ").append(escape(r.question())).append(" | ")
				.append(escape(r.agreement())).append(String.format(Locale.ROOT, " | %.1f %% |%n", r.otherCpuPercent()));
		}
		out.append('\n');
	}

	private static void latency(StringBuilder out, RunReport run) {
		out.append("## Latency at ").append(run.rate())
			.append(" requests/s (ms, from the due time)\n\n| query | side | p50 | p90 | p99 | p99.9 | max | errors |\n")
			.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (var r : run.results()) {
			latencyRow(out, r.name(), "API", r.api());
			latencyRow(out, r.name(), "floor", r.floor());
		}
		out.append('\n');
	}

	private static void latencyRow(StringBuilder out, String name, String side, SideResult s) {
		LatencyStats.Summary l = s.latency();
		out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %d |%n", name, side, ms(l.p50()),
				ms(l.p90()), ms(l.p99()), ms(l.p999()), ms(l.max()), s.errors()));
	}

	private static void throughput(StringBuilder out, RunReport run) {
		out.append("## Throughput, CPU and statements\n\n")
			.append("| query | API requests/s | floor requests/s | API CPU ms/request at ").append(run.rate())
			.append("/s | floor CPU ms/request at ").append(run.rate())
			.append("/s | API CPU ms/request saturated | floor CPU ms/request saturated | API statements/request | floor statements/request |\n")
			.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (var r : run.results()) {
			var a = r.api();
			var f = r.floor();
			out.append(String.format(Locale.ROOT, "| %s | %.1f (%d workers) | %.1f (%d workers) | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
					r.name(), a.throughput(), a.workers(), f.throughput(), f.workers(), a.cpuMillisPerRequest(),
					f.cpuMillisPerRequest(), a.cpuMillisPerRequestSaturated(), f.cpuMillisPerRequestSaturated(),
					a.statementsPerRequest(), f.statementsPerRequest()));
		}
		out.append('\n');
	}

	private static void targets(StringBuilder out, RunReport run) {
		out.append("## Against the targets (size S)\n\n")
			.append(String.format(Locale.ROOT, "Throughput at least %.0f %% of the floor's, p50 at most %.1f× the floor's, ",
					Targets.MIN_THROUGHPUT_RATIO * 100, Targets.MAX_P50_RATIO))
			.append(String.format(Locale.ROOT, "p99.9 at most %.0f× the API's own p50 at %d requests/s.%n%n",
					Targets.MAX_TAIL_RATIO, run.rate()))
			.append("| query | throughput API / floor | p50 API / floor | API p99.9 / p50 |\n| --- | --- | --- | --- |\n");
		int pass = 0;
		int gap = 0;
		for (var r : run.results()) {
			var t = Targets.of(r);
			out.append("| ").append(r.name()).append(" | ").append(Targets.cell(t.throughputRatio(), t.throughput()))
				.append(" | ").append(Targets.cell(t.p50Ratio(), t.p50())).append(" | ")
				.append(Targets.cell(t.tailRatio(), t.tail())).append(" |\n");
			for (var v : new Targets.Verdict[] { t.throughput(), t.p50(), t.tail() }) {
				pass += (v == Targets.Verdict.PASS) ? 1 : 0;
				gap += (v == Targets.Verdict.GAP) ? 1 : 0;
			}
		}
		out.append('\n').append(pass).append(" PASS, ").append(gap).append(" GAP.\n\n");
	}

	/** Which recorded requests p99.9 rests on: below 1,000 of them, it is the slowest one, the maximum. */
	static String tail(long recorded) {
		long beyond = recorded / 1000;
		return beyond < 2 ? "one (below 2,000 requests p99.9 is the maximum or next to it)"
				: String.format(Locale.ROOT, "%,d", beyond);
	}

	private static String join(RunReport run) {
		var text = new StringBuilder();
		for (int i = 0; i < run.workers().size(); i++) {
			text.append(i == 0 ? "" : (i == run.workers().size() - 1 ? " and " : ", ")).append(run.workers().get(i));
		}
		return text.toString();
	}

	private static void row(StringBuilder out, String name, String value) {
		out.append("| ").append(name).append(" | ").append(escape(value)).append(" |\n");
	}

	/** Milliseconds: two decimals below 100 ms, one above. */
	static String ms(double millis) {
		return String.format(Locale.ROOT, millis < 100 ? "%.2f" : "%.1f", millis);
	}

	/** A table cell's text: pipes escaped, line breaks as spaces. */
	static String escape(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

}
