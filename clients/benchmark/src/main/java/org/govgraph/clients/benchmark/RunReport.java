package org.govgraph.clients.benchmark;

import java.util.List;

/**
 * Everything one benchmark run found, as the markdown report shows it.
 *
 * @param command the command that reproduces the run
 * @param startedAt when it started (UTC, ISO-8601)
 * @param machine the machine
 * @param jvmArgs the API's extra JVM arguments, as given
 * @param dataDirectory the data directory, or a note that a fresh temporary one was used
 * @param nodes the graph's nodes, as the floor counts them
 * @param relationships its relationships
 * @param governanceNodes the nodes of the seven entity kinds the API serves
 * @param secondsToReady from starting the API's process to its readiness saying UP
 * @param maxHeapMiB the largest heap use seen in the API's Prometheus metrics during the run
 * @param idleCpuMillisPerSecond CPU the API's process used per second while no request was sent, after the warm-up
 * @param rate requests per second of the fixed-rate phase
 * @param warmupSeconds its unrecorded warm-up
 * @param durationSeconds its recorded part
 * @param saturationSeconds each closed-loop run
 * @param workers the closed-loop worker counts tried
 * @param results one per query
 * @param chartFile the chart's file name, next to the report
 */
record RunReport(String command, String startedAt, Machine machine, String jvmArgs, String dataDirectory, long nodes,
		long relationships, long governanceNodes, double secondsToReady, double maxHeapMiB,
		double idleCpuMillisPerSecond, int rate, int warmupSeconds,
		int durationSeconds, int saturationSeconds, List<Integer> workers, List<QueryResult> results, String chartFile) {

	RunReport {
		workers = List.copyOf(workers);
		results = List.copyOf(results);
	}

}
