package org.govgraph.api.http;

import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import jakarta.servlet.ServletException;
import org.govgraph.api.errors.CorrelationId;
import org.govgraph.api.persisted.PersistedQueries;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL-over-HTTP endpoint: Spring for GraphQL's {@link GraphQlHttpHandler} (content
 * negotiation between {@code application/graphql-response+json} and {@code application/json}, 400
 * for request errors under {@code application/graphql-response+json}, response headers set by
 * interceptors copied to the HTTP response) with what it lacks:
 * <ul>
 * <li>the POST body read by {@link GraphQlRequests}: 415 with a JSON body for a missing or non-JSON
 * {@code Content-Type}, 400 for a body that is not a JSON object ({@code null} included);</li>
 * <li>the GraphQL request known by the HTTP request's correlation id, so its errors, its log line
 * and the {@code X-Correlation-Id} header agree;</li>
 * <li>automatic persisted queries over GET ({@code query} absent, the hash in {@code extensions});</li>
 * <li>HTTP caching of successful GET answers ({@link #prepareResponse});</li>
 * <li>GET for queries: {@code query}, {@code operationName}, and JSON-encoded {@code variables} and
 * {@code extensions} as URL parameters; a mutation over GET is refused with 405 and
 * {@code Allow: POST}, before validation or execution;</li>
 * <li>strict request parameters: a number or boolean {@code query} or {@code operationName} is a
 * 400, never coerced to a string;</li>
 * <li>HTTP statuses for errors that are not about the document: see {@link #selectResponseStatus}.</li>
 * </ul>
 * Registered as a bean, so Boot's {@code GraphQlWebMvcAutoConfiguration} backs off its own handler;
 * {@link GraphQlOverHttpConfiguration} routes GET and POST here, ahead of Boot's routes.
 */
public class GraphQlOverHttpHandler extends GraphQlHttpHandler {

	/**
	 * HTTP status per {@code extensions.classification}, checked in this order: the first
	 * classification any error of the response carries wins.
	 */
	static final Map<String, HttpStatus> STATUS_BY_CLASSIFICATION = statusByClassification();

	private final WebGraphQlHandler graphQlHandler;

	private final JsonMapper jsonMapper;

	private final PersistedQueries persistedQueries;

	private final Duration getMaxAge;

	/**
	 * @param graphQlHandler the chain of interceptors and the execution service
	 * @param jsonMapper the application's mapper; requests are read (and responses written) with a
	 * copy of it that refuses to coerce numbers and booleans into strings
	 * @param persistedQueries the registered persisted queries, looked up to refuse a persisted
	 * mutation over GET
	 * @param getMaxAge how long HTTP caches may keep a successful answer to a GET query
	 */
	public GraphQlOverHttpHandler(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper,
			PersistedQueries persistedQueries, Duration getMaxAge) {
		this(graphQlHandler, strict(jsonMapper), persistedQueries, getMaxAge);
	}

	private GraphQlOverHttpHandler(WebGraphQlHandler graphQlHandler, StrictJson json, PersistedQueries persistedQueries,
			Duration getMaxAge) {
		super(graphQlHandler, json.converter());
		this.graphQlHandler = graphQlHandler;
		this.jsonMapper = json.mapper();
		this.persistedQueries = persistedQueries;
		this.getMaxAge = getMaxAge;
	}

	/** The strict mapper reads requests; the converter, built on it, writes responses. */
	private record StrictJson(JsonMapper mapper, JacksonJsonHttpMessageConverter converter) {
	}

	private static StrictJson strict(JsonMapper jsonMapper) {
		// {"query": 0} is not a GraphQL-over-HTTP request: 400, rather than a syntax error about "0".
		JsonMapper mapper = jsonMapper.rebuild()
			.withCoercionConfig(LogicalType.Textual, (config) -> config
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.build();
		var converter = new JacksonJsonHttpMessageConverter(mapper);
		converter.setSupportedMediaTypes(GraphQlRequests.BODY_MEDIA_TYPES);
		return new StrictJson(mapper, converter);
	}

	/** The mapper requests are read with: numbers and booleans are never coerced into strings. */
	JsonMapper strictJsonMapper() {
		return this.jsonMapper;
	}

	private static Map<String, HttpStatus> statusByClassification() {
		var map = new LinkedHashMap<String, HttpStatus>();
		map.put("SERVICE_UNAVAILABLE", HttpStatus.SERVICE_UNAVAILABLE);
		map.put("TIMEOUT", HttpStatus.GATEWAY_TIMEOUT);
		map.put("RATE_LIMITED", HttpStatus.TOO_MANY_REQUESTS);
		map.put("REQUEST_TOO_LARGE", HttpStatus.BAD_REQUEST);
		map.put("LIMIT_EXCEEDED", HttpStatus.BAD_REQUEST);
		return Collections.unmodifiableMap(map);
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		try {
			GraphQlRequest body = HttpMethod.GET.equals(request.method()) ? readGet(request)
					: GraphQlRequests.readBody(request, this.jsonMapper);
			if (body == null) {
				return mutationOverGet(request);
			}
			// Throws ServerWebInputException when there is neither a query nor a persisted query's hash.
			var graphQlRequest = GraphQlRequests.webRequest(request, body);
			return prepareResponse(request, this.graphQlHandler.handleRequest(graphQlRequest));
		}
		catch (GraphQlRequests.Refusal refusal) {
			return GraphQlRequests.refuse(request, refusal);
		}
		catch (ServerWebInputException ex) {
			return GraphQlRequests.error(request, HttpStatus.BAD_REQUEST)
				.body(GraphQlRequests.errorBody(request, HttpStatus.BAD_REQUEST, ex.getReason()));
		}
	}

	/**
	 * As Spring's, with the HTTP caching headers: {@code Cache-Control: public, max-age=…} and
	 * {@code Vary: Accept} on a GET answer with data and no errors, {@code no-store} on every other
	 * answer. The correlation id header is left to {@code CorrelationIdFilter} when it has sent it.
	 */
	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		boolean get = HttpMethod.GET.equals(request.method());
		boolean sent = CorrelationId.sent(request.servletRequest());
		return super.prepareResponse(request, responseMono.map((response) -> {
			var headers = response.getResponseHeaders();
			if (sent) {
				headers.remove(CorrelationId.HEADER);
			}
			if (get && response.getErrors().isEmpty() && response.getExecutionResult().isDataPresent()) {
				headers.setCacheControl(CacheControl.maxAge(this.getMaxAge).cachePublic());
				headers.setVary(List.of(HttpHeaders.ACCEPT));
			}
			else {
				headers.setCacheControl(CacheControl.noStore());
			}
			return response;
		}));
	}

	/**
	 * The status for a GraphQL response: 503 when an error is classified
	 * {@code SERVICE_UNAVAILABLE}, 429 for {@code RATE_LIMITED}, 400 for {@code REQUEST_TOO_LARGE}
	 * and {@code LIMIT_EXCEEDED}, whichever the media type; otherwise Spring's choice: 400 under
	 * {@code application/graphql-response+json} when the response has no {@code data} (a request
	 * error: unparsable document, validation error, variable coercion), 200 else.
	 */
	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType contentType) {
		if (!response.getErrors().isEmpty()) {
			var classifications = classifications(response);
			for (var entry : STATUS_BY_CLASSIFICATION.entrySet()) {
				if (classifications.contains(entry.getKey())) {
					return entry.getValue();
				}
			}
		}
		return super.selectResponseStatus(response, contentType);
	}

	/** The {@code extensions.classification} of each error, as serialized in the response. */
	private static Set<String> classifications(WebGraphQlResponse response) {
		var classifications = new HashSet<String>();
		if (response.toMap().get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				if (error instanceof Map<?, ?> map && map.get("extensions") instanceof Map<?, ?> extensions
						&& extensions.get("classification") != null) {
					classifications.add(String.valueOf(extensions.get("classification")));
				}
			}
		}
		return classifications;
	}

	/**
	 * The GraphQL request of a GET, from its URL parameters; null when the operation it selects is a
	 * mutation, looked up by its hash when the request names a persisted query.
	 */
	private GraphQlRequest readGet(ServerRequest request) {
		MultiValueMap<String, String> params = request.params();
		String query = single(params, "query");
		if (query != null && query.isEmpty()) {
			query = null;
		}
		String operationName = single(params, "operationName");
		if (operationName != null && operationName.isEmpty()) {
			operationName = null;
		}
		Map<String, Object> variables = jsonObject(params, "variables");
		Map<String, Object> extensions = jsonObject(params, "extensions");
		Optional<String> hash = PersistedQueries.hash(extensions);
		if (query == null && hash.isEmpty()) {
			throw new ServerWebInputException(
					"A GET request needs a 'query' parameter, or the hash of a persisted query in 'extensions'");
		}
		Document document = (query != null) ? Operations.parse(query)
				: hash.flatMap(this.persistedQueries::document).orElse(null);
		if (Operations.selected(document, operationName) == OperationDefinition.Operation.MUTATION) {
			return null;
		}
		var body = new SerializableGraphQlRequest();
		body.setQuery(query);
		body.setOperationName(operationName);
		if (variables != null) {
			body.setVariables(variables);
		}
		if (extensions != null) {
			body.setExtensions(extensions);
		}
		return body;
	}

	private static ServerResponse mutationOverGet(ServerRequest request) {
		return GraphQlRequests.error(request, HttpStatus.METHOD_NOT_ALLOWED)
			.allow(HttpMethod.POST)
			.body(GraphQlRequests.errorBody(request, HttpStatus.METHOD_NOT_ALLOWED,
					"Mutations are not allowed over GET: send them with POST."));
	}

	/** A URL parameter given at most once; null when absent. */
	private static String single(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw new ServerWebInputException("Parameter '" + name + "' is given more than once");
		}
		return values.getFirst();
	}

	/** A URL parameter holding a JSON object, decoded; null when absent, empty or {@code null}. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> jsonObject(MultiValueMap<String, String> params, String name) {
		String value = single(params, name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		Object decoded;
		try {
			decoded = this.jsonMapper.readValue(value, Object.class);
		}
		catch (JacksonException ex) {
			throw new ServerWebInputException("Parameter '" + name + "' is not JSON");
		}
		if (decoded != null && !(decoded instanceof Map)) {
			throw new ServerWebInputException("Parameter '" + name + "' is not a JSON object");
		}
		return (Map<String, Object>) decoded;
	}

	/**
	 * Whether the operation the request selects is a mutation. Only parses: a document that does
	 * not parse, or whose operation cannot be determined, is left to execution to report.
	 */
	static boolean isMutation(String query, String operationName) {
		return Operations.selected(Operations.parse(query), operationName) == OperationDefinition.Operation.MUTATION;
	}

}
