package org.govgraph.clients.benchmark;

/** One side's way of asking one question once: true when it got a good answer. */
@FunctionalInterface
interface Target {

	boolean call() throws Exception;

	/** Calls it; any exception is a failed request. */
	default boolean callQuietly() {
		try {
			return call();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
