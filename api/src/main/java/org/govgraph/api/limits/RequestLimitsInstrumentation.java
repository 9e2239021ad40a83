package org.govgraph.api.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.MeterRegistry;

import org.govgraph.api.limits.LimitError.Classification;

import org.springframework.stereotype.Component;

/**
 * Holds every operation to the request limits before any field executes: depth, aliases,
 * page size and cost, then the client's budget of cost points per minute. Every response
 * carries {@code extensions.cost}: what the request cost and what is left of the budget.
 */
@Component
public class RequestLimitsInstrumentation extends SimplePerformantInstrumentation {

	/** GraphQL context key: who is asking (API key or remote address). */
	public static final String CLIENT = "govgraph.client";

	/** GraphQL context key: the name of the operation executed, as the document gives it. */
	public static final String OPERATION = "govgraph.operation";

	/** GraphQL context key: the request's cost in points. */
	public static final String COST = "govgraph.cost";

	/** GraphQL context key: what was left of the client's budget right after this request spent its cost. */
	public static final String REMAINING = "govgraph.remaining";

	/** GraphQL context key: when a rate-limited client may retry, in seconds. */
	public static final String RETRY_AFTER = "govgraph.retryAfter";

	private final LimitsProperties limits;

	private final ClientBudgets budgets;

	private final MeterRegistry meters;

	RequestLimitsInstrumentation(LimitsProperties limits, ClientBudgets budgets, MeterRegistry meters) {
		this.limits = limits;
		this.budgets = budgets;
		this.meters = meters;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		var execution = parameters.getExecutionContext();
		var analysis = QueryAnalysis.of(execution.getGraphQLSchema(), execution.getDocument(),
				execution.getOperationDefinition(), execution.getCoercedVariables().toMap());
		GraphQLContext context = execution.getGraphQLContext();
		context.put(COST, analysis.cost());
		if (execution.getOperationDefinition().getName() != null) {
			context.put(OPERATION, execution.getOperationDefinition().getName());
		}
		check("depth", this.limits.maxDepth(), analysis.depth(), "fields nest");
		check("aliases", this.limits.maxAliases(), analysis.aliases(), "aliased fields:");
		check("first", this.limits.maxFirst(), analysis.largestFirst(), "a connection asks for first");
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
