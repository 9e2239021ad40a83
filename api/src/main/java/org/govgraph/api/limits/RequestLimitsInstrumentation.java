package org.govgraph.api.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.GraphQLTypeUtil;
import io.micrometer.core.instrument.MeterRegistry;

import org.govgraph.api.graph.ArgumentRanges;
import org.govgraph.api.graph.ArgumentRanges.Range;
import org.govgraph.api.graph.RequestDeadline;
import org.govgraph.api.limits.LimitError.Classification;
import org.govgraph.api.limits.QueryAnalysis.OutOfRange;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Holds every operation to the request limits before any field executes: argument ranges,
 * depth, aliases, page size and cost, then the client's budget of cost points per minute;
 * while it executes, the size of the response it builds. Every response carries
 * {@code extensions.cost}: what the request cost and what is left of the budget.
 */
@Component
public class RequestLimitsInstrumentation extends SimplePerformantInstrumentation {

	/** GraphQL context key: who is asking (API key or remote address). */
	public static final String CLIENT = "govgraph.client";

	/** GraphQL context key: the name of the operation executed, as the document gives it. */
	public static final String OPERATION = "govgraph.operation";

	/** GraphQL context key: the request's cost in points. */
	public static final String COST = "govgraph.cost";

	/** GraphQL context key: an {@code AtomicLong} the request gate reads the cost from, whatever becomes of the execution. */
	static final String COST_OF_REQUEST = "govgraph.costOfRequest";

	/** GraphQL context key: what was left of the client's budget right after this request spent its cost. */
	public static final String REMAINING = "govgraph.remaining";

	/** GraphQL context key: when a rate-limited client may retry, in seconds. */
	public static final String RETRY_AFTER = "govgraph.retryAfter";

	/** GraphQL context key: about how many bytes of JSON the response has so far. */
	static final String RESPONSE_BYTES = "govgraph.responseBytes";

	/** GraphQL context key: true once the response outgrew its limit and the execution was cancelled. */
	static final String RESPONSE_TOO_LARGE = "govgraph.responseTooLarge";

	private final LimitsProperties limits;

	private final ClientBudgets budgets;

	private final MeterRegistry meters;

	private final Map<String, Range> ranges;

	RequestLimitsInstrumentation(LimitsProperties limits, ClientBudgets budgets, MeterRegistry meters) {
		this.limits = limits;
		this.budgets = budgets;
		this.meters = meters;
		this.ranges = ArgumentRanges.byName(limits.maxFirst());
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		var execution = parameters.getExecutionContext();
		var analysis = QueryAnalysis.of(execution.getGraphQLSchema(), execution.getDocument(),
				execution.getOperationDefinition(), execution.getCoercedVariables().toMap(), this.ranges);
		GraphQLContext context = execution.getGraphQLContext();
		context.put(COST, analysis.cost());
		AtomicLong costOfRequest = context.get(COST_OF_REQUEST);
		if (costOfRequest != null) {
			costOfRequest.set(analysis.cost());
		}
		context.put(RESPONSE_BYTES, new AtomicLong());
		context.put(RESPONSE_TOO_LARGE, new AtomicBoolean());
		if (execution.getOperationDefinition().getName() != null) {
			context.put(OPERATION, execution.getOperationDefinition().getName());
		}
		if (!analysis.outOfRange().isEmpty()) {
			analysis.outOfRange()
				.forEach((out) -> this.meters.counter("govgraph.graphql.rejected", "limit", out.argument()).increment());
			throw new AbortExecutionException(analysis.outOfRange().stream().map(RequestLimitsInstrumentation::outOfRange).toList());
		}
		check("depth", this.limits.maxDepth(), analysis.depth(), "fields nest");
		check("aliases", this.limits.maxAliases(), analysis.aliases(), "aliased fields:");
		check("cost", this.limits.maxCost(), analysis.cost(), "it costs");
		String client = context.getOrDefault(CLIENT, "anonymous");
		var spend = this.budgets.spend(client, analysis.cost());
		if (!spend.allowed()) {
			context.put(RETRY_AFTER, spend.retryAfterSeconds());
			reject(LimitError.rateLimited(this.budgets.perMinute(), analysis.cost(), spend.remaining(),
					spend.retryAfterSeconds()));
		}
		context.put(REMAINING, spend.remaining());
		this.meters.summary("govgraph.graphql.cost").record(analysis.cost());
		return super.beginExecuteOperation(parameters, state);
	}

	/**
	 * An argument out of its documented range, as a request error: {@code BAD_REQUEST} naming the
	 * argument, its bounds and the value given ({@code first} is also the {@code first} limit).
	 */
	private static GraphQLError outOfRange(OutOfRange out) {
		var extensions = new LinkedHashMap<String, Object>();
		extensions.put("classification", ErrorType.BAD_REQUEST.name());
		extensions.put("argument", out.argument());
		if (out.argument().equals("first")) {
			extensions.put("limit", "first");
		}
		extensions.put("min", out.min());
		extensions.put("max", out.max());
		extensions.put("actual", out.actual());
		String message = out.list()
				? "'" + out.argument() + "' may hold at most " + out.max() + " items, not " + out.actual() + " (argument '"
						+ out.argument() + "')"
				: "'" + out.argument() + "' must be between " + out.min() + " and " + out.max() + ", not " + out.actual()
						+ " (argument '" + out.argument() + "')";
		var builder = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).extensions(extensions);
		if (out.location() != null) {
			builder.location(out.location());
		}
		return builder.build();
	}

	/**
	 * Each event of a subscription is held to the limits of one response: the request timeout
	 * from when the event arrives (the deadline its reads get, see {@code RequestDeadline}), and
	 * the response size from zero. The subscription as a whole has no deadline: it lasts until it
	 * ends or the client leaves (its cost was charged once, when it started).
	 */
	@Override
	public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
		context.put(RequestDeadline.KEY, System.nanoTime() + this.limits.requestTimeout().toNanos());
		AtomicLong bytes = context.get(RESPONSE_BYTES);
		if (bytes != null) {
			bytes.set(0);
		}
		return super.beginSubscribedFieldEvent(parameters, state);
	}

	/**
	 * Counts about how many bytes of JSON each completed field adds to the response; past the
	 * response size limit, cancels the execution, so the answer is never built whole.
	 */
	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		AtomicLong bytes = execution.getGraphQLContext().get(RESPONSE_BYTES);
		if (bytes != null) {
			long size = parameters.getExecutionStepInfo().getPath().getSegmentName().length() + 4;
			if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(parameters.getField().getType()))) {
				size += jsonSize(parameters.getFetchedObject());
			}
			long max = this.limits.maxResponseSize().toBytes();
			if (bytes.addAndGet(size) > max
					&& execution.getGraphQLContext().<AtomicBoolean>get(RESPONSE_TOO_LARGE).compareAndSet(false, true)) {
				execution.getExecutionInput().cancel();
			}
		}
		return super.beginFieldCompletion(parameters, state);
	}

	/** About how many bytes a fetched leaf value takes in JSON. */
	private static long jsonSize(Object value) {
		if (value instanceof CharSequence text) {
			return text.length() + 2L;
		}
		if (value instanceof java.util.Collection<?> values) {
			long size = 2;
			for (Object item : values) {
				size += jsonSize(item) + 1;
			}
			return size;
		}
		return (value != null) ? String.valueOf(value).length() + 2L : 4;
	}

	private void check(String limit, long max, long actual, String what) {
		if (actual > max) {
			reject(LimitError.exceeded(Classification.LIMIT_EXCEEDED, limit, max, actual, what));
		}
	}

	private void reject(LimitError error) {
		this.meters.counter("govgraph.graphql.rejected", "limit", error.getExtensions().get("limit").toString())
			.increment();
		throw new AbortExecutionException(List.of(error));
	}

	/** The {@code extensions.cost} of a response: what it cost, the per-request limit, what is left of the budget. */
	Map<String, Object> costExtension(long requested, long remaining) {
		var cost = new LinkedHashMap<String, Object>();
		cost.put("requested", requested);
		cost.put("limit", this.limits.maxCost());
		cost.put("remaining", remaining);
		cost.put("budgetPerMinute", this.budgets.perMinute());
		return cost;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		GraphQLContext context = parameters.getGraphQLContext();
		long cost = context.getOrDefault(COST, 0L);
		String client = context.getOrDefault(CLIENT, "anonymous");
		AtomicBoolean tooLarge = context.get(RESPONSE_TOO_LARGE);
		if (tooLarge != null && tooLarge.get()) {
			long max = this.limits.maxResponseSize().toBytes();
			long actual = context.<AtomicLong>get(RESPONSE_BYTES).get();
			this.meters.counter("govgraph.graphql.rejected", "limit", "responseSize").increment();
			result = ExecutionResult.newExecutionResult()
				.addError(LimitError.exceeded(Classification.LIMIT_EXCEEDED, "responseSize", max, actual,
						"the response's size in bytes reached about"))
				.build();
		}
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (result.getExtensions() != null) {
			extensions.putAll(result.getExtensions());
		}
		Long remaining = context.get(REMAINING);
		var costExtension = costExtension(cost, (remaining != null) ? remaining : this.budgets.remaining(client));
		extensions.put("cost", costExtension);
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.extensions(extensions)));
	}

}
