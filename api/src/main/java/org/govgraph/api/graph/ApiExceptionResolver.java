package org.govgraph.api.graph;

import java.util.LinkedHashMap;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.govgraph.api.resilience.Neo4jUnavailable;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns {@link ApiException}s into typed GraphQL errors naming the argument at fault, and an
 * unreachable Neo4j into {@code SERVICE_UNAVAILABLE} (HTTP 503). Anything else is left to
 * Spring's default: {@code INTERNAL_ERROR} with the request's id, logged under that id.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private final Neo4jUnavailable unavailable = new Neo4jUnavailable();

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (this.unavailable.test(ex)) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(Unavailable.SERVICE_UNAVAILABLE)
				.message("The graph database is unavailable; try again shortly")
				.build();
		}
		if (!(ex instanceof ApiException api)) {
			return null;
		}
		var extensions = new LinkedHashMap<String, Object>();
		if (api.argument() != null) {
			extensions.put("argument", api.argument());
		}
		return GraphqlErrorBuilder.newError(env)
			.errorType(api.type())
			.message(api.getMessage())
			.extensions(extensions)
			.build();
	}

}
