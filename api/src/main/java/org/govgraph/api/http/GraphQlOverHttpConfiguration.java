package org.govgraph.api.http;

import java.util.List;

import org.govgraph.api.persisted.PersistedQueries;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP on the GraphQL path ({@code spring.graphql.http.path}).
 * <p>
 * The routes here come before Boot's ({@code GraphQlWebMvcAutoConfiguration}, {@code @Order(0)}),
 * and take every request on the path, so that each is answered with a GraphQL JSON body: GET and
 * POST go to {@link GraphQlOverHttpHandler} when the client accepts a JSON media type (or
 * anything, or sends no Accept), a POST that accepts only {@code text/event-stream} to
 * {@link SubscriptionSseHandler}; 406 when the client accepts nothing we produce; 405 with
 * {@code Allow: GET, POST} for every other method. The media type of the body (415) is checked by
 * the handlers. CORS preflights are left to Spring's CORS handling ({@code spring.graphql.cors.*}).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlOverHttpConfiguration {

	/** What a GraphQL response can be sent as. */
	static final List<MediaType> RESPONSE_MEDIA_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	@Bean
	GraphQlOverHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper jsonMapper,
			PersistedQueries persistedQueries, GraphQlHttpProperties properties) {
		return new GraphQlOverHttpHandler(webGraphQlHandler, jsonMapper, persistedQueries, properties.getMaxAge());
	}

	/** In place of Boot's: it would execute queries before refusing them. */
	@Bean
	SubscriptionSseHandler graphQlSseHandler(WebGraphQlHandler webGraphQlHandler, GraphQlOverHttpHandler httpHandler,
			PersistedQueries persistedQueries, GraphQlProperties properties) {
		var sse = properties.getHttp().getSse();
		return new SubscriptionSseHandler(webGraphQlHandler, httpHandler.strictJsonMapper(), persistedQueries,
				sse.getTimeout(), sse.getKeepAlive());
	}

	/** Ahead of Boot's GraphQL routes, which are {@code @Order(0)}. */
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlOverHttpRoutes(GraphQlOverHttpHandler handler, SubscriptionSseHandler sse,
			GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		RequestPredicate onPath = RequestPredicates.path(path);
		RequestPredicate getOrPost = RequestPredicates.method(HttpMethod.GET).or(RequestPredicates.method(HttpMethod.POST));
		return RouterFunctions.route()
			.route(onPath.and(getOrPost).and(accepts(RESPONSE_MEDIA_TYPES)), handler::handleRequest)
			.route(onPath.and(RequestPredicates.method(HttpMethod.POST)).and(accepts(List.of(MediaType.TEXT_EVENT_STREAM))),
					sse::handleRequest)
			.route(onPath.and(getOrPost).and(GraphQlOverHttpConfiguration::notPreflight),
					GraphQlOverHttpConfiguration::notAcceptable)
			.route(onPath.and(GraphQlOverHttpConfiguration::otherMethod), GraphQlOverHttpConfiguration::methodNotAllowed)
			.build();
	}

	/**
	 * True when the request has no Accept header or one of its media types is compatible with one
	 * of the given ones, and for CORS preflights (which Spring answers without calling the handler).
	 */
	private static RequestPredicate accepts(List<MediaType> produced) {
		return (request) -> {
			if (CorsUtils.isPreFlightRequest(request.servletRequest())) {
				return true;
			}
			List<MediaType> accepted;
			try {
				accepted = request.headers().accept();
			}
			catch (InvalidMediaTypeException ex) {
				return false;
			}
			return accepted.isEmpty()
					|| accepted.stream().anyMatch((a) -> produced.stream().anyMatch(a::isCompatibleWith));
		};
	}

	private static boolean notPreflight(ServerRequest request) {
		return !CorsUtils.isPreFlightRequest(request.servletRequest());
	}

	private static boolean otherMethod(ServerRequest request) {
		HttpMethod method = request.method();
		return !HttpMethod.GET.equals(method) && !HttpMethod.POST.equals(method) && notPreflight(request);
	}

	private static ServerResponse notAcceptable(ServerRequest request) {
		return GraphQlRequests.error(request, HttpStatus.NOT_ACCEPTABLE)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(GraphQlRequests.errorBody(request, HttpStatus.NOT_ACCEPTABLE,
					"The request accepts none of the media types of GraphQL responses: "
							+ "accept application/graphql-response+json or application/json"));
	}

	private static ServerResponse methodNotAllowed(ServerRequest request) {
		return GraphQlRequests.error(request, HttpStatus.METHOD_NOT_ALLOWED)
			.allow(HttpMethod.GET, HttpMethod.POST)
			.body(GraphQlRequests.errorBody(request, HttpStatus.METHOD_NOT_ALLOWED,
					"The method " + request.method() + " is not allowed: send GraphQL requests with GET or POST"));
	}

}
