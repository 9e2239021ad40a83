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
 */
record QueryResult(String name, String question, SideResult api, SideResult floor, String agreement) {
}
