package org.govgraph.clients.benchmark;

import org.govgraph.clients.load.LatencyStats;

/**
 * What one side (the API, or the floor) measured for one query.
 *
 * @param latency latency at the fixed rate, from each request's due time (the recorded part, after the warm-up)
 * @param openLoopRequests requests sent on the fixed-rate schedule, warm-up included
 * @param errors requests that failed (not a 200 without GraphQL errors, or a Cypher failure), in all phases
 * @param throughput completed requests per second at saturation, at the best number of workers
 * @param workers the number of closed-loop workers that gave {@code throughput}
 * @param cpuMillisPerRequest CPU time of the API's process (and its embedded Neo4j) per request at the fixed rate
 * @param cpuMillisPerRequestSaturated the same at saturation, with {@code workers} workers
 * @param statementsPerRequest Cypher statements per request: the API's counter, or the floor's by construction
 */
record SideResult(LatencyStats.Summary latency, long openLoopRequests, long errors, double throughput, int workers,
		double cpuMillisPerRequest, double cpuMillisPerRequestSaturated, double statementsPerRequest) {
}
