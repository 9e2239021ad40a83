package org.govgraph.clients.benchmark;

import java.util.List;

import org.govgraph.clients.load.LatencyStats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report of a fixed run, line by line where it matters. */
class MarkdownReportTest {

	static RunReport fixedRun() {
		var node = new QueryResult("node", "`node(id:)` of the instrument `a|b`",
				new SideResult(new LatencyStats.Summary(500, 12.5, 20, 30.25, 37.5, 141.2), 650, 0, 300, 8, 4.2, 3.1, 1),
				new SideResult(new LatencyStats.Summary(500, 10, 12, 15, 18, 19), 650, 0, 400, 4, 1.5, 1.25, 1),
				"agree: total 1, rows 1, first a|b", 0.4);
		var search = new QueryResult("search", "`search(query: \"multistakeholder\", first: 20)`",
				new SideResult(new LatencyStats.Summary(500, 30, 40, 80, 120, 130), 650, 2, 100, 4, 8, 6, 2.5),
				new SideResult(new LatencyStats.Summary(500, 10, 11, 12, 13, 14), 650, 0, 200, 8, 2, 1, 1),
				"DISAGREE: API total 13, rows 13, first x; floor total 12, rows 12, first x", 37.25);
		return new RunReport("java -jar clients/benchmark/target/benchmark-0.1.0-SNAPSHOT.jar --api-jar api.jar --rate 50",
				"2026-12-02T13:00:00Z", new Machine(2, "Intel(R) Xeon(R) Processor", 25_165_824L * 1024, "Eclipse Adoptium 25",
						"Linux 6.18"),
				"-XX:+UseZGC", "a fresh temporary directory", 963, 521, 125, 43.72, 468.6, 21.5, 50, 3, 10, 4, List.of(4, 8),
				List.of(node, search), "benchmarks-latency.png");
	}

	@Test
	void theCommandMachineAndGraphAreStated() {
		String markdown = MarkdownReport.render(fixedRun());
		assertThat(markdown).startsWith("# Benchmarks: the API against the floor\n")
			.contains("```bash\njava -jar clients/benchmark/target/benchmark-0.1.0-SNAPSHOT.jar --api-jar api.jar --rate 50\n```\n")
			.contains("| processors | 2 |\n| CPU | Intel(R) Xeon(R) Processor |\n| RAM | 24.0 GiB |\n")
			.contains("| API JVM arguments | `-XX:+UseZGC` |\n")
			.contains("| graph | 963 nodes (125 of them instruments, paragraphs, fora, events, roles, stakeholder groups and topics), 521 relationships |\n")
			.contains("| time to ready | 43.7 s |\n| max heap used | 469 MiB |\n")
			.contains("| idle CPU of the API's process | 21.5 ms/s with no request in flight (0.43 ms of each request's CPU at 50 requests/s) |\n")
			.contains("- **Latency, open loop.** 50 requests/s for 3 s of warm-up then 10 s recorded;")
			.contains("Each phase records 500 requests, so p99.9 rests on the slowest one (below 2,000 requests p99.9 is the maximum or next to it).\n")
			.contains("- **Throughput at saturation, closed loop.** 4 and 8 workers,");
	}

	@Test
	void eachQueryHasItsRowsInEveryTable() {
		String markdown = MarkdownReport.render(fixedRun());
		assertThat(markdown)
			.contains("| node | `node(id:)` of the instrument `a\\|b` | agree: total 1, rows 1, first a\\|b | 0.4 % |\n")
			.contains("| search | `search(query: \"multistakeholder\", first: 20)` | DISAGREE: API total 13, rows 13, first x; floor total 12, rows 12, first x | 37.3 % |\n")
			.contains("| node | API | 12.50 | 20.00 | 30.25 | 37.50 | 141.2 | 0 |\n| node | floor | 10.00 | 12.00 | 15.00 | 18.00 | 19.00 | 0 |\n")
			.contains("| search | API | 30.00 | 40.00 | 80.00 | 120.0 | 130.0 | 2 |\n")
			.contains("| node | 300.0 (8 workers) | 400.0 (4 workers) | 4.20 | 1.50 | 3.10 | 1.25 | 1.00 | 1.00 |\n")
			.contains("| search | 100.0 (4 workers) | 200.0 (8 workers) | 8.00 | 2.00 | 6.00 | 1.00 | 2.50 | 1.00 |\n");
	}

	@Test
	void theTargetsAreJudgedAndCounted() {
		String markdown = MarkdownReport.render(fixedRun());
		assertThat(markdown).contains("| node | 0.75 PASS | 1.25 PASS | 3.00 PASS |\n")
			.contains("| search | 0.50 GAP | 3.00 GAP | 4.00 GAP |\n")
			.contains("\n3 PASS, 3 GAP.\n")
			.endsWith("![p50 and p99 latency at 50 requests/s, API and floor, per query](benchmarks-latency.png)\n");
	}

	@Test
	void theSizeLTargetsAreJudgedOnP99NodeThroughputAndHeap() {
		String markdown = MarkdownReport.render(fixedRun());
		assertThat(markdown).contains("## Against the targets (size L)\n\n")
			.contains("This run: 963 nodes, 50 requests/s (not the target's rate, so the p99 verdicts are indicative).\n")
			.contains("| node | 30.25 | 0 | PASS |\n")
			.contains("| search | 80.00 | 2 | GAP |\n")
			.contains("- `node(id:)` at saturation: 300.0 requests/s, GAP.\n")
			.contains("- max heap used: 469 MiB, PASS.\n")
			.contains("\n2 PASS, 2 GAP.\n");
	}

}
