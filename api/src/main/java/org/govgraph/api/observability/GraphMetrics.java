package org.govgraph.api.observability;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationPredicate;

import org.govgraph.model.graph.GraphRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.observation.DataFetcherObservationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Metrics of the graph reads, beside the ones Spring exposes for GraphQL requests and data
 * fetchers ({@code graphql.request}, {@code graphql.datafetcher}) and the limits' own
 * ({@code govgraph.graphql.cost}, {@code govgraph.graphql.rejected}, {@code govgraph.neo4j.circuit.open}).
 * <p>
 * Data fetchers are observed at the root only (the fields of {@code Query}, {@code Mutation} and
 * {@code Subscription}): an observation of every nested field of every item (each node's
 * {@code id}, its {@code provenance}…) cost a tenth of the CPU of a request in a profile of
 * {@code node(id:)} at saturation; what the nested fields cost in the graph shows in
 * {@code govgraph.cypher.statements}.
 */
@Configuration(proxyBeanMethods = false)
class GraphMetrics {

	@Bean
	ObservationPredicate rootDataFetchersOnly() {
		return (name, context) -> !(context instanceof DataFetcherObservationContext fetch)
				|| fetch.getEnvironment().getExecutionStepInfo().getPath().getLevel() <= 1;
	}

	@Bean
	MeterBinder cypherStatements(GraphRepository graph) {
		return (registry) -> FunctionCounter.builder("govgraph.cypher.statements", graph, GraphRepository::statementCount)
			.description("Cypher statements the API has sent to Neo4j")
			.register(registry);
	}

}
