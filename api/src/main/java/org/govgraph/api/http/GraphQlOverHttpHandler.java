package org.govgraph.api.http;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import jakarta.servlet.ServletException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL-over-HTTP endpoint: Spring for GraphQL's {@link GraphQlHttpHandler} (POST, content
 * negotiation between {@code application/graphql-response+json} and {@code application/json}, 400
 * for request errors under {@code application/graphql-response+json}, response headers set by
 * interceptors copied to the HTTP response) with what it lacks:
 * <ul>
 * <li>GET for queries: {@code query}, {@code operationName}, and JSON-encoded {@code variables} and
 * {@code extensions} as URL parameters; a mutation over GET is refused with 405 and
 * {@code Allow: POST}, before validation or execution;</li>
 * <li>strict request parameters: a number or boolean {@code query} or {@code operationName} is a
 * 400, never coerced to a string;</li>
 * <li>HTTP statuses for errors that are not about the document: see {@link #selectResponseStatus}.</li>
 * </ul>
 * Registered as a bean, so Boot's {@code GraphQlWebMvcAutoConfiguration} backs off its own handler
 * and routes POST requests here; {@link GraphQlOverHttpConfiguration} routes GET and the other
 * methods.
 */
public class GraphQlOverHttpHandler extends GraphQlHttpHandler {

	/**
	 * HTTP status per {@code extensions.classification}, checked in this order: the first
	 * classification any error of the response carries wins.
	 */
	static final Map<String, HttpStatus> STATUS_BY_CLASSIFICATION = statusByClassification();

	private final WebGraphQlHandler graphQlHandler;

	private final JsonMapper jsonMapper;

	private final IdGenerator idGenerator = new AlternativeJdkIdGenerator();

	/**
	 * @param graphQlHandler the chain of interceptors and the execution service
	 * @param jsonMapper the application's mapper; requests are read (and responses written) with a
	 * copy of it that refuses to coerce numbers and booleans into strings
	 */
	public GraphQlOverHttpHandler(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper) {
		this(graphQlHandler, strict(jsonMapper));
	}

	private GraphQlOverHttpHandler(WebGraphQlHandler graphQlHandler, StrictJson json) {
		super(graphQlHandler, json.converter());
		this.graphQlHandler = graphQlHandler;
		this.jsonMapper = json.mapper();
	}

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
		// As Spring for GraphQL without a converter: application/json, and the legacy
		// application/graphql (with a JSON body) that some clients still send.
		converter.setSupportedMediaTypes(List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"),
				MediaType.parseMediaType("application/graphql")));
		return new StrictJson(mapper, converter);
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
		if (HttpMethod.GET.equals(request.method())) {
			return handleGet(request);
		}
		return super.handleRequest(request);
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

	private ServerResponse handleGet(ServerRequest request) {
		MultiValueMap<String, String> params = request.params();
		var body = new LinkedHashMap<String, Object>();
		String query = single(params, "query");
		body.put("query", query);
		String operationName = single(params, "operationName");
		body.put("operationName", (operationName == null || operationName.isEmpty()) ? null : operationName);
		body.put("variables", json(params, "variables"));
		body.put("extensions", json(params, "extensions"));

		if (query != null && isMutation(query, (String) body.get("operationName"))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(errorMediaType(request))
				.body(Map.of("errors",
						List.of(Map.of("message", "Mutations are not allowed over GET: send them with POST."))));
		}

		// This constructor checks the parameters' types as for a POST: a missing or blank query, or
		// variables or extensions that are not a map, are a 400.
		var graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies(request),
				request.remoteAddress().orElse(null), request.attributes(), body,
				this.idGenerator.generateId().toString(), locale());
		return prepareResponse(request, this.graphQlHandler.handleRequest(graphQlRequest));
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

	/** A JSON-encoded URL parameter, decoded; null when absent or empty. */
	private Object json(MultiValueMap<String, String> params, String name) {
		String value = single(params, name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return this.jsonMapper.readValue(value, Object.class);
		}
		catch (JacksonException ex) {
			throw new ServerWebInputException("Parameter '" + name + "' is not JSON");
		}
	}

	/**
	 * Whether the operation the request selects is a mutation. Only parses: a document that does
	 * not parse, or whose operation cannot be determined, is left to execution to report.
	 */
	static boolean isMutation(String query, String operationName) {
		Document document;
		try {
			document = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(query)
				.parserOptions(ParserOptions.getDefaultOperationParserOptions())
				.build());
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		OperationDefinition selected = null;
		if (operationName != null) {
			selected = operations.stream().filter((op) -> operationName.equals(op.getName())).findFirst().orElse(null);
		}
		else if (operations.size() == 1) {
			selected = operations.getFirst();
		}
		return selected != null && selected.getOperation() == OperationDefinition.Operation.MUTATION;
	}

	/** application/graphql-response+json when the client accepts it before application/json, else application/json. */
	private static MediaType errorMediaType(ServerRequest request) {
		try {
			for (MediaType accepted : request.headers().accept()) {
				if (accepted.equalsTypeAndSubtype(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)) {
					return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
				}
				if (accepted.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
					return MediaType.APPLICATION_JSON;
				}
			}
		}
		catch (InvalidMediaTypeException ex) {
			// the router answers 406 before we get here
		}
		return MediaType.APPLICATION_JSON;
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		var cookies = new LinkedMultiValueMap<String, HttpCookie>();
		request.cookies()
			.forEach((name, list) -> list.forEach((c) -> cookies.add(name, new HttpCookie(c.getName(), c.getValue()))));
		return cookies;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
