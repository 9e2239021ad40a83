package org.govgraph.api.graph;

import java.util.LinkedHashMap;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.govgraph.api.resilience.Neo4jUnavailable;

import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * What {@link ApiExceptionResolver} is to fields, for subscriptions: the exception that ends a
 * subscription's stream (also one a subscription's controller method throws as it starts, which
 * Spring turns into the stream's error) becomes the errors of its last message (over graphql-ws,
 * the {@code error} message): an {@link ApiException} as {@code BAD_REQUEST} or
 * {@code NOT_FOUND} naming the argument, an unreachable Neo4j as {@code SERVICE_UNAVAILABLE}.
 * Anything else is logged here, since Spring reports it as a bare {@code INTERNAL_ERROR}
 * ("Subscription error") without a log line of its own.
 */
@Component
class ApiSubscriptionExceptionResolver extends SubscriptionExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ApiSubscriptionExceptionResolver.class);

	private final Neo4jUnavailable unavailable = new Neo4jUnavailable();

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		if (ex instanceof ApiException api) {
			var extensions = new LinkedHashMap<String, Object>();
			if (api.argument() != null) {
				extensions.put("argument", api.argument());
			}
			return GraphqlErrorBuilder.newError().errorType(api.type()).message(api.getMessage()).extensions(extensions).build();
		}
		if (this.unavailable.test(ex)) {
			return GraphqlErrorBuilder.newError()
				.errorType(Unavailable.SERVICE_UNAVAILABLE)
				.message("The graph database is unavailable; try again shortly")
				.build();
		}
		log.error("A subscription ended with an unexpected error", ex);
		return null;
	}

}
