package org.govgraph.api.graph;

import java.time.Duration;

import io.micrometer.context.ContextRegistry;

/**
 * When the request being served must be answered. The request gate records the deadline in the
 * GraphQL context under {@link #KEY}; Spring for GraphQL's context propagation restores it as a
 * thread-local around every data fetcher and batch loader, wherever they run, so the read they
 * make can be given only the time the request has left (see {@code GraphResilience}).
 */
public final class RequestDeadline {

	/** GraphQL context key (and context-propagation key): the deadline, as a {@link System#nanoTime()} value. */
	public static final String KEY = "govgraph.deadline";

	private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

	private RequestDeadline() {
	}

	/** Makes the deadline propagate to the threads that serve the request; registering again replaces the first. */
	public static void propagate() {
		ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, CURRENT);
	}

	/** A read not started because its request's time was up. */
	public static final class Exceeded extends RuntimeException {

		public Exceeded() {
			super("The request ran out of time before this read started", null, false, false);
		}

	}

	/** The time left to the current request's deadline on this thread; null when no request deadline is set. */
	public static Duration remaining() {
		Long deadline = CURRENT.get();
		return (deadline != null) ? Duration.ofNanos(deadline - System.nanoTime()) : null;
	}

}
