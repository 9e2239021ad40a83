package org.govgraph.api.graph;

import java.util.LinkedHashMap;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;

import org.govgraph.api.resilience.Neo4jUnavailable;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns {@link ApiException}s into typed GraphQL errors naming the argument at fault, and an
 * unreachable Neo4j into {@code SERVICE_UNAVAILABLE} (HTTP 503), and a read that Neo4j ended
 * at the request's deadline into {@code TIMEOUT} (HTTP 504), without a stack trace. A field of an execution that
 * was cancelled (the request timed out, or its response outgrew its limit) resolves quietly:
 * the request gate answers for the whole request, in one log line, so the cancelled fields
 * leave no log of their own. Anything else is left to Spring's default:
 * {@code INTERNAL_ERROR} with the request's id, logged under that id.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private final Neo4jUnavailable unavailable = new Neo4jUnavailable();

	/** Whether Neo4j ended the read because its transaction's time was up. */
	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().contains("TransactionTimedOut")) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (this.unavailable.test(ex)) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(Unavailable.SERVICE_UNAVAILABLE)
				.message("The graph database is unavailable; try again shortly")
				.build();
		}
		if (ex instanceof AbortExecutionException) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(Stopped.CANCELLED)
				.message("The request was cancelled before this field was resolved")
				.build();
		}
		if (ex instanceof RequestDeadline.Exceeded || timedOut(ex)) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(Stopped.TIMEOUT)
				.message("The graph database ended this read: the request ran out of time")
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
