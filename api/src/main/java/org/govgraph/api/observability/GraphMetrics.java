package org.govgraph.api.observability;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.govgraph.model.graph.GraphRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Metrics of the graph reads, beside the ones Spring exposes for GraphQL requests and data
 * fetchers ({@code graphql.request}, {@code graphql.datafetcher}) and the limits' own
 * ({@code govgraph.graphql.cost}, {@code govgraph.graphql.rejected}, {@code govgraph.neo4j.circuit.open}).
 */
@Configuration(proxyBeanMethods = false)
class GraphMetrics {

	@Bean
	MeterBinder cypherStatements(GraphRepository graph) {
		return (registry) -> FunctionCounter.builder("govgraph.cypher.statements", graph, GraphRepository::statementCount)
			.description("Cypher statements the API has sent to Neo4j")
			.register(registry);
	}

}
