package org.govgraph.api.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.govgraph.api.errors.CorrelationId;
import org.govgraph.api.errors.JsonErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * How a GraphQL request is read from HTTP and refused over HTTP, the same for every route: the
 * body of a POST read once, strictly (a JSON object whose {@code query} and {@code operationName}
 * are strings, never coerced; anything else a 400), the {@link WebGraphQlRequest} given the HTTP
 * request's correlation id, and refusals as GraphQL error bodies.
 */
final class GraphQlRequests {

	/** What a POST body may be: JSON, and the legacy {@code application/graphql} (with a JSON body) some clients send. */
	static final List<MediaType> BODY_MEDIA_TYPES = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"),
			MediaType.parseMediaType("application/graphql"));

	private GraphQlRequests() {
	}

	/** A request answered with an error before anything executes. */
	static final class Refusal extends RuntimeException {

		private final HttpStatus status;

		Refusal(HttpStatus status, String message) {
			super(message, null, false, false);
			this.status = status;
		}

		HttpStatus status() {
			return this.status;
		}

	}

	/** The body of a POST: 415 unless its media type is JSON, 400 unless it is a JSON object of the right shape. */
	static GraphQlRequest readBody(ServerRequest request, JsonMapper json) {
		MediaType contentType;
		try {
			contentType = request.headers().contentType().orElse(null);
		}
		catch (InvalidMediaTypeException ex) {
			throw unsupported("The Content-Type " + request.servletRequest().getHeader(HttpHeaders.CONTENT_TYPE)
					+ " is not a media type");
		}
		if (contentType == null) {
			throw unsupported("The request has no Content-Type");
		}
		if (contentType.isWildcardType() || contentType.isWildcardSubtype()
				|| BODY_MEDIA_TYPES.stream().noneMatch((type) -> type.includes(contentType))) {
			throw unsupported("The Content-Type " + request.servletRequest().getHeader(HttpHeaders.CONTENT_TYPE)
					+ " is not supported");
		}
		byte[] body;
		try {
			body = request.servletRequest().getInputStream().readAllBytes();
		}
		catch (IOException ex) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "The request body could not be read");
		}
		SerializableGraphQlRequest graphQlRequest;
		try {
			graphQlRequest = json.readValue(body, SerializableGraphQlRequest.class);
		}
		catch (StreamReadException ex) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "The request body is not JSON");
		}
		catch (JacksonException ex) {
			throw new Refusal(HttpStatus.BAD_REQUEST, (body.length == 0) ? "The request body is empty; " + SHAPE : SHAPE);
		}
		if (graphQlRequest == null) {
			throw new Refusal(HttpStatus.BAD_REQUEST, SHAPE);
		}
		return graphQlRequest;
	}

	private static final String SHAPE = "The request body must be a JSON object: {\"query\": string, \"operationName\": string, "
			+ "\"variables\": object, \"extensions\": object}";

	private static Refusal unsupported(String why) {
		return new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, why + "; POST the request as application/json");
	}

	/** The GraphQL request, known by the HTTP request's correlation id. */
	static WebGraphQlRequest webRequest(ServerRequest request, GraphQlRequest body) {
		return new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies(request),
				request.remoteAddress().orElse(null), request.attributes(), body, correlationId(request),
				LocaleContextHolder.getLocale());
	}

	/** The id {@code CorrelationIdFilter} gave the request; one given now when it did not run. */
	static String correlationId(ServerRequest request) {
		return CorrelationId.assign(request.servletRequest());
	}

	/**
	 * A GraphQL error answer: the media type the client accepts, and the correlation id header
	 * unless {@code CorrelationIdFilter} has sent it already.
	 */
	static ServerResponse.BodyBuilder error(ServerRequest request, HttpStatus status) {
		var builder = ServerResponse.status(status)
			.contentType(JsonErrors.graphQlMediaType(request.headers().firstHeader(HttpHeaders.ACCEPT)));
		if (!CorrelationId.sent(request.servletRequest())) {
			builder.header(CorrelationId.HEADER, correlationId(request));
		}
		return builder;
	}

	/** The body of a GraphQL error answer. */
	static Map<String, Object> errorBody(ServerRequest request, HttpStatus status, String message) {
		return JsonErrors.graphQl(message, JsonErrors.classification(status.value()), correlationId(request), Map.of());
	}

	/** A complete GraphQL error answer for a refusal. */
	static ServerResponse refuse(ServerRequest request, Refusal refusal) {
		var builder = error(request, refusal.status());
		if (refusal.status() == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
			builder.header("Accept-Post", MediaType.APPLICATION_JSON_VALUE);
		}
		return builder.body(errorBody(request, refusal.status(), refusal.getMessage()));
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		var cookies = new LinkedMultiValueMap<String, HttpCookie>();
		request.cookies()
			.forEach((name, list) -> list.forEach((c) -> cookies.add(name, new HttpCookie(c.getName(), c.getValue()))));
		return cookies;
	}

}
