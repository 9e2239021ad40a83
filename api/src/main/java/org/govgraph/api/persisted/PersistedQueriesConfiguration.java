package org.govgraph.api.persisted;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Automatic persisted queries and the parsed plain documents: the bounded caches, and graphql-java's support for them as the document provider. */
@Configuration(proxyBeanMethods = false)
class PersistedQueriesConfiguration {

	@Bean
	PersistedQueries persistedQueries(PersistedQueriesProperties properties) {
		return new PersistedQueries(properties.maxEntries(), properties.maxTotalSize().toBytes());
	}

	@Bean
	GraphQlSourceBuilderCustomizer automaticPersistedQueries(PersistedQueries persistedQueries,
			PersistedQueriesProperties properties) {
		var support = new AutomaticPersistedQueries(persistedQueries, properties.parsedMaxSize().toBytes());
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(support));
	}

}
