package org.govgraph.api.limits;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.parser.ParserOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.govgraph.api.errors.CorrelationId;
import org.govgraph.api.graph.RequestDeadline;
import org.govgraph.api.graph.Stopped;
import org.govgraph.api.limits.LimitError.Classification;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The gate every GraphQL request passes, over HTTP, server-sent events or a WebSocket: the
 * document size and parser limits, who the client is, the request timeout (for a subscription:
 * the time to start it; its events each get the request timeout of their own, see
 * {@link RequestLimitsInstrumentation}); then, on the way out, a correlation id on every error (the id the
 * server logs under), {@code Retry-After} for rate-limited clients, argument names on invalid
 * argument values, and one log line for the request.
 */
@Component
class RequestGate implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger("org.govgraph.api.requests");

	static final String CORRELATION_ID = "X-Correlation-Id";

	private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'");

	private static final Pattern VARIABLE = Pattern.compile("[Vv]ariable '([^']+)'");

	private static final Pattern TOKENS = Pattern.compile("More than ([\\d,]+) 'grammar' tokens");

	private final LimitsProperties limits;

	private final ClientBudgets budgets;

	private final ParserOptions parserOptions;

	private final RequestLimitsInstrumentation instrumentation;

	RequestGate(LimitsProperties limits, ClientBudgets budgets, RequestLimitsInstrumentation instrumentation) {
		this.limits = limits;
		this.budgets = budgets;
		this.instrumentation = instrumentation;
		RequestDeadline.propagate();
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens())
				.maxCharacters((int) limits.maxDocumentSize().toBytes()));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long started = System.nanoTime();
		String client = client(request);
		String document = (request.getDocument() != null) ? request.getDocument() : "";
		long size = document.getBytes(StandardCharsets.UTF_8).length;
		long maxSize = this.limits.maxDocumentSize().toBytes();
		Mono<WebGraphQlResponse> response;
		// What the request was costed at, kept apart from its execution: an answer made here on a
		// timeout has no execution context, and the request's log line should still say it.
		var cost = new AtomicLong();
		if (size > maxSize) {
			response = Mono.just(errorResponse(request, client, LimitError.exceeded(Classification.REQUEST_TOO_LARGE,
					"documentSize", maxSize, size, "the document's size in bytes is")));
		}
		else {
			long deadline = started + this.limits.requestTimeout().toNanos();
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(Map.of(RequestLimitsInstrumentation.CLIENT, client, ParserOptions.class, this.parserOptions,
						RequestDeadline.KEY, deadline, RequestLimitsInstrumentation.COST_OF_REQUEST, cost))
				.build());
			response = chain.next(request)
				.timeout(this.limits.requestTimeout())
				.onErrorResume(TimeoutException.class, (ex) -> Mono
					.just(errorResponse(request, client, LimitError.timeout(this.limits.requestTimeout().toMillis()))));
		}
		return response.map((r) -> finish(request, client, r, started, cost.get()));
	}

	private String client(WebGraphQlRequest request) {
		if (request.getAttributes().get(ClientBudgets.CLIENT_ATTRIBUTE) instanceof String client) {
			return client;
		}
		var address = request.getRemoteAddress();
		return this.budgets.clientKey(request.getHeaders().getFirst(ClientBudgets.API_KEY),
				(address != null) ? address.getAddress().getHostAddress() : null);
	}

	/**
	 * The id the request is known by: the HTTP request's correlation id; for an operation sent
	 * over a WebSocket, the handshake's correlation id and the operation's id on that connection.
	 */
	private static String correlationId(WebGraphQlRequest request) {
		if (request instanceof WebSocketGraphQlRequest && request.getAttributes().get(CorrelationId.ATTRIBUTE) instanceof String connection) {
			return connection + "/" + request.getId();
		}
		return request.getId();
	}

	private WebGraphQlResponse errorResponse(WebGraphQlRequest request, String client, GraphQLError error) {
		var input = request.toExecutionInput();
		var extensions = new LinkedHashMap<Object, Object>();
		extensions.put("cost", this.instrumentation.costExtension(0, this.budgets.remaining(client)));
		var result = ExecutionResult.newExecutionResult().addError(error).extensions(extensions).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result));
	}

	private WebGraphQlResponse finish(WebGraphQlRequest request, String client, WebGraphQlResponse response,
			long started, long cost) {
		String id = correlationId(request);
		if (response.getErrors().stream().anyMatch(RequestGate::stoppedByTheDeadline)) {
			// A field the deadline stopped (Neo4j ended its read, or it was not started) means the
			// request ran out of time, however soon the rest of it finished: one answer, 504.
			response = errorResponse(request, client, LimitError.timeout(this.limits.requestTimeout().toMillis()));
		}
		if (response.getErrors().stream().anyMatch(RequestGate::refusedByALimit)) {
			this.budgets.penalize(client, this.limits.rejectionCost());
		}
		Object retryAfter = response.getExecutionInput().getGraphQLContext().get(RequestLimitsInstrumentation.RETRY_AFTER);
		var result = response;
		if (!response.getErrors().isEmpty()) {
			var errors = new ArrayList<GraphQLError>();
			for (ResponseError error : response.getErrors()) {
				errors.add(withCorrelation(error, id));
			}
			result = response.transform((builder) -> builder.errors(errors));
		}
		result.getResponseHeaders().set(CORRELATION_ID, id);
		if (retryAfter != null) {
			result.getResponseHeaders().set("Retry-After", retryAfter.toString());
		}
		var context = response.getExecutionInput().getGraphQLContext();
		String operation = context.getOrDefault(RequestLimitsInstrumentation.OPERATION,
				(request.getOperationName() != null) ? request.getOperationName() : "-");
		log.info("graphql operation={} cost={} durationMs={} errors={} correlationId={}", operation, cost,
				(System.nanoTime() - started) / 1_000_000, summary(result.getErrors()), id);
		return result;
	}

	private static boolean stoppedByTheDeadline(ResponseError error) {
		String classification = String.valueOf(error.getErrorType());
		return classification.equals(Stopped.TIMEOUT.name()) || classification.equals(Stopped.CANCELLED.name());
	}

	private static boolean refusedByALimit(ResponseError error) {
		Object classification = error.getExtensions().get("classification");
		String name = (classification != null) ? classification.toString() : String.valueOf(error.getErrorType());
		return name.equals(Classification.LIMIT_EXCEEDED.name()) || name.equals(Classification.REQUEST_TOO_LARGE.name())
				|| (error.getMessage() != null && TOKENS.matcher(error.getMessage()).find());
	}

	/** The error with the request's correlation id, and invalid argument values classified as {@code BAD_REQUEST} with the argument named. */
	private static GraphQLError withCorrelation(ResponseError error, String id) {
		var extensions = new LinkedHashMap<String, Object>(error.getExtensions());
		Object classification = error.getErrorType();
		String message = (error.getMessage() != null) ? error.getMessage() : "";
		if ("ValidationError".equals(String.valueOf(classification)) || "ValidationError".equals(extensions.get("classification"))) {
			var argument = ARGUMENT.matcher(message);
			var variable = VARIABLE.matcher(message);
			if (message.contains("WrongType") && argument.find()) {
				classification = ErrorType.BAD_REQUEST;
				extensions.put("argument", argument.group(1));
			}
			else if (variable.find() && message.contains("invalid value")) {
				classification = ErrorType.BAD_REQUEST;
				extensions.put("argument", "$" + variable.group(1));
			}
		}
		var tokens = TOKENS.matcher(message);
		if (tokens.find()) {
			long max = Long.parseLong(tokens.group(1).replace(",", ""));
			classification = Classification.LIMIT_EXCEEDED;
			extensions.put("limit", "tokens");
			extensions.put("max", max);
			message = "The request exceeds the tokens limit: the document has more than " + max + " tokens";
		}
		extensions.put("classification", String.valueOf(classification));
		extensions.put("correlationId", id);
		var builder = GraphqlErrorBuilder.newError().message(message).extensions(extensions);
		if (error.getLocations() != null && !error.getLocations().isEmpty()) {
			builder.locations(error.getLocations());
		}
		if (error.getParsedPath() != null && !error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		if (classification instanceof graphql.ErrorClassification typed) {
			builder.errorType(typed);
		}
		else {
			builder.errorType(new NamedClassification(String.valueOf(classification)));
		}
		return builder.build();
	}

	/** A classification known only by name, kept as the server reported it. */
	private record NamedClassification(String name) implements graphql.ErrorClassification {

		@Override
		public Object toSpecification(GraphQLError error) {
			return this.name;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	private static String summary(List<ResponseError> errors) {
		if (errors.isEmpty()) {
			return "0";
		}
		return errors.size() + errors.stream().map((e) -> String.valueOf(e.getExtensions().get("classification"))).distinct().toList().toString();
	}

}
