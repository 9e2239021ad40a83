package org.govgraph.clients.benchmark;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;

/**
 * One canonical question, asked twice: as a GraphQL document to the API and as hand-written Cypher to its Neo4j
 * (the floor), with how to read the shape of either answer for the agreement check.
 *
 * @param name short name, as {@code --queries} takes it
 * @param question what it asks, with the concrete keys discovered in the graph
 * @param document the GraphQL document (arguments inline)
 * @param cypher the floor's statement
 * @param parameters its parameters
 * @param floorStatements statements the floor sends per request, by construction
 * @param apiAnswer the shape of the API's {@code data}
 * @param floorAnswer the shape of the floor's records
 */
record CanonicalQuery(String name, String question, String document, String cypher, Map<String, Object> parameters,
		int floorStatements, Function<JsonNode, Answer> apiAnswer, Function<List<Record>, Answer> floorAnswer) {
}
