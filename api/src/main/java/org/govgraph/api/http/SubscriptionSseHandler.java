package org.govgraph.api.http;

import java.time.Duration;
import java.util.Optional;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import jakarta.servlet.ServletException;
import org.govgraph.api.persisted.PersistedQueries;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over server-sent events ({@code Accept: text/event-stream}), for subscriptions only.
 * Boot's {@link GraphQlSseHandler} executes whatever it is sent and only then answers a query with
 * "SSE handler supports only subscriptions", after the query has run and been paid for. This one
 * reads the body once (as {@link GraphQlRequests} does for every POST), parses the document (the
 * registered one for a persisted query's hash) and refuses with 406 anything whose selected
 * operation is not a subscription, before anything executes; a subscription is executed by
 * Boot's handler, under the HTTP request's correlation id.
 */
public class SubscriptionSseHandler extends GraphQlSseHandler {

	static final String ONLY_SUBSCRIPTIONS = "text/event-stream is only for subscriptions: "
			+ "accept application/graphql-response+json (or application/json) for queries and mutations";

	private final WebGraphQlHandler graphQlHandler;

	private final JsonMapper jsonMapper;

	private final PersistedQueries persistedQueries;

	/**
	 * @param graphQlHandler the chain of interceptors and the execution service
	 * @param jsonMapper the strict mapper requests are read with
	 * @param persistedQueries where the document of a persisted query's hash is looked up
	 * @param timeout how long a subscription's stream may stay open, or null for the server's default
	 * @param keepAlive how often a comment is sent to keep the stream open, or null for never
	 */
	public SubscriptionSseHandler(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper,
			PersistedQueries persistedQueries, Duration timeout, Duration keepAlive) {
		super(graphQlHandler, timeout, keepAlive);
		this.graphQlHandler = graphQlHandler;
		this.jsonMapper = jsonMapper;
		this.persistedQueries = persistedQueries;
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		try {
			GraphQlRequest body = GraphQlRequests.readBody(request, this.jsonMapper);
			if (Operations.selected(document(body), body.getOperationName()) != OperationDefinition.Operation.SUBSCRIPTION) {
				return GraphQlRequests.error(request, HttpStatus.NOT_ACCEPTABLE)
					.body(GraphQlRequests.errorBody(request, HttpStatus.NOT_ACCEPTABLE, ONLY_SUBSCRIPTIONS));
			}
			return prepareResponse(request, this.graphQlHandler.handleRequest(GraphQlRequests.webRequest(request, body)));
		}
		catch (GraphQlRequests.Refusal refusal) {
			return GraphQlRequests.refuse(request, refusal);
		}
		catch (ServerWebInputException ex) {
			return GraphQlRequests.error(request, HttpStatus.BAD_REQUEST)
				.body(GraphQlRequests.errorBody(request, HttpStatus.BAD_REQUEST, ex.getReason()));
		}
	}

	private Document document(GraphQlRequest body) {
		String query = body.getDocument();
		if (PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query)) {
			Optional<String> hash = PersistedQueries.hash(body.getExtensions());
			return hash.flatMap(this.persistedQueries::document).orElse(null);
		}
		return Operations.parse(query);
	}

}
