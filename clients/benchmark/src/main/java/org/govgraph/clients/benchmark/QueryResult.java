package org.govgraph.clients.benchmark;

/**
 * One canonical query measured on both sides.
 *
 * @param name the query's short name
 * @param question what it asks, with the concrete keys discovered
 * @param api the API's figures
 * @param floor the floor's figures
 * @param agreement {@code agree: …} when the API and the floor answered the same at the start, else the
 * disagreement
 * @param otherCpuPercent the share of the machine's CPU that processes other than the API and the benchmark used
 * while this query was measured: what disturbed the figures
 */
record QueryResult(String name, String question, SideResult api, SideResult floor, String agreement,
		double otherCpuPercent) {
}
