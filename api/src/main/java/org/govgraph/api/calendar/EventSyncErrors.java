package org.govgraph.api.calendar;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A sync token or cursor that can no longer be used, as the GraphQL error
 * {@code SYNC_TOKEN_INVALID} naming the argument (a field error: HTTP 200, as for
 * {@code BAD_REQUEST}); its message tells the client to start over without a token.
 */
@Component
class EventSyncErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!(ex instanceof EventSyncController.SyncTokenInvalid invalid)) {
			return null;
		}
		return GraphqlErrorBuilder.newError(env)
			.errorType(EventSyncError.SYNC_TOKEN_INVALID)
			.message(invalid.getMessage())
			.extensions(Map.of("argument", invalid.argument))
			.build();
	}

}
