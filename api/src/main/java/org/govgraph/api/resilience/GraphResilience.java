package org.govgraph.api.resilience;

import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;


import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

import org.govgraph.api.graph.RequestDeadline;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.support.RetryExceptionPredicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every read of the graph ({@code GraphRepository}, {@code SupportRepository},
 * {@code ChangeFeedRepository}, {@code EventSyncRepository}, {@code CalendarFeedRepository}), wrapped outside its transaction: transient Neo4j errors (a leader
 * switch, a deadlock) are retried with a short backoff, each attempt in a new transaction;
 * when Neo4j is unreachable the circuit opens and reads fail at once, without holding a
 * thread, until a trial read after two seconds finds Neo4j back. A read made for a request
 * with a deadline ({@link RequestDeadline}) runs in a read-only transaction whose timeout is
 * the time the request has left (rounded up to the second, the unit of transaction timeouts),
 * so Neo4j ends it with the request rather than a full timeout later. A read made for no request
 * (the change feed's follower, a subscription's replay) keeps the default transaction timeout
 * ({@code spring.transaction.default-timeout}).
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GraphResilience {

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final PlatformTransactionManager transactions;

	public GraphResilience(MeterRegistry meters, PlatformTransactionManager transactions) {
		this.transactions = transactions;
		var unavailable = new Neo4jUnavailable();
		this.breaker = CircuitBreaker.of("neo4j", CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(4)
			.minimumNumberOfCalls(2)
			.failureRateThreshold(50)
			.recordException(unavailable)
			.ignoreException((ex) -> !unavailable.test(ex))
			.waitDurationInOpenState(Duration.ofSeconds(2))
			.permittedNumberOfCallsInHalfOpenState(1)
			.automaticTransitionFromOpenToHalfOpenEnabled(false)
			.build());
		var transientError = new RetryExceptionPredicate();
		this.retry = Retry.of("neo4j", RetryConfig.custom()
			.maxAttempts(3)
			.intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(25), 2))
			.retryOnException((ex) -> transientError.test(ex) && !unavailable.test(ex))
			.build());
		Gauge.builder("govgraph.neo4j.circuit.open", this.breaker,
				(b) -> (b.getState() == CircuitBreaker.State.OPEN) ? 1 : 0)
			.description("1 while reads fail fast because Neo4j is unreachable")
			.register(meters);
	}

	@Around("(execution(public * org.govgraph.model.graph.GraphRepository.*(..))"
			+ " || execution(public * org.govgraph.model.provenance.SupportRepository.*(..))"
			+ " || execution(public * org.govgraph.model.curation.ChangeFeedRepository.*(..))"
			+ " || execution(public * org.govgraph.model.calendar.EventSyncRepository.*(..))"
			+ " || execution(public * org.govgraph.model.calendar.CalendarFeedRepository.*(..)))"
			+ " && !execution(* statementCount())")
	public Object read(ProceedingJoinPoint call) throws Throwable {
		return this.breaker.executeCheckedSupplier(() -> Retry.decorateCheckedSupplier(this.retry, () -> attempt(call)).get());
	}

	/** One attempt at the read: in a transaction bounded by the request's deadline when it has one. */
	private Object attempt(ProceedingJoinPoint call) throws Throwable {
		Duration remaining = RequestDeadline.remaining();
		if (remaining == null) {
			return call.proceed();
		}
		if (remaining.isNegative() || remaining.isZero()) {
			throw new RequestDeadline.Exceeded();
		}
		var template = new TransactionTemplate(this.transactions);
		template.setReadOnly(true);
		template.setTimeout((int) Math.max(1, (remaining.toMillis() + 999) / 1000));
		try {
			return template.execute((status) -> {
				try {
					return call.proceed();
				}
				catch (RuntimeException | Error ex) {
					throw ex;
				}
				catch (Throwable ex) {
					throw new UndeclaredThrowableException(ex);
				}
			});
		}
		catch (UndeclaredThrowableException ex) {
			throw ex.getUndeclaredThrowable();
		}
	}

}
