package org.govgraph.api.http;

import java.util.List;

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
 * Boot's {@code GraphQlWebMvcAutoConfiguration} routes POST to the {@code GraphQlHttpHandler} bean
 * (ours, {@link GraphQlOverHttpHandler}), answers other POSTs with 415 and GET with 405. The routes
 * here come first and add: GET for queries, 406 when the client accepts no media type we produce
 * (Boot answers 415, which is about the request body), and 405 with {@code Allow: GET, POST} for
 * every other method (Boot answers 404). CORS preflights are left to Spring's CORS handling
 * ({@code spring.graphql.cors.*}).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlOverHttpConfiguration {

	/** What a GraphQL response can be sent as. */
	static final List<MediaType> RESPONSE_MEDIA_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	@Bean
	GraphQlOverHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper jsonMapper) {
		return new GraphQlOverHttpHandler(webGraphQlHandler, jsonMapper);
	}

	/** Ahead of Boot's GraphQL routes, which are {@code @Order(0)}. */
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlOverHttpRoutes(GraphQlOverHttpHandler handler, GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		RequestPredicate onPath = RequestPredicates.path(path);
		return RouterFunctions.route()
			.route(onPath.and(RequestPredicates.method(HttpMethod.GET)).and(notAcceptable(RESPONSE_MEDIA_TYPES)),
					GraphQlOverHttpConfiguration::notAcceptable)
			// POST may also ask for text/event-stream: Boot's SSE route.
			.route(onPath.and(RequestPredicates.method(HttpMethod.POST))
				.and(notAcceptable(List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON,
						MediaType.TEXT_EVENT_STREAM))),
					GraphQlOverHttpConfiguration::notAcceptable)
			.route(onPath.and(RequestPredicates.method(HttpMethod.GET)), handler::handleRequest)
			.route(onPath.and(GraphQlOverHttpConfiguration::otherMethod), GraphQlOverHttpConfiguration::methodNotAllowed)
			.build();
	}

	/** True when the request has an Accept header and none of its media types is compatible with the given ones. */
	private static RequestPredicate notAcceptable(List<MediaType> produced) {
		return (request) -> {
			if (CorsUtils.isPreFlightRequest(request.servletRequest())) {
				return false;
			}
			List<MediaType> accepted;
			try {
				accepted = request.headers().accept();
			}
			catch (InvalidMediaTypeException ex) {
				return true;
			}
			return !accepted.isEmpty()
					&& accepted.stream().noneMatch((a) -> produced.stream().anyMatch(a::isCompatibleWith));
		};
	}

	private static boolean otherMethod(ServerRequest request) {
		HttpMethod method = request.method();
		return !HttpMethod.GET.equals(method) && !HttpMethod.POST.equals(method)
				&& !CorsUtils.isPreFlightRequest(request.servletRequest());
	}

	private static ServerResponse notAcceptable(ServerRequest request) {
		return ServerResponse.status(HttpStatus.NOT_ACCEPTABLE)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.build();
	}

	private static ServerResponse methodNotAllowed(ServerRequest request) {
		return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.GET, HttpMethod.POST).build();
	}

}
