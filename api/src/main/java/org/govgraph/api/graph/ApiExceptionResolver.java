package org.govgraph.api.graph;

import java.util.LinkedHashMap;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** Turns {@link ApiException}s into typed GraphQL errors naming the argument at fault. */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
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
