package org.govgraph.api.resilience;

import java.util.function.Predicate;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means Neo4j cannot be reached (as opposed to a bad query): the driver's
 * own exceptions, Spring's translations of them, or the open circuit.
 */
public final class Neo4jUnavailable implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof CallNotPermittedException || t instanceof DataAccessResourceFailureException
					|| t instanceof CannotCreateTransactionException
					|| t instanceof org.neo4j.driver.exceptions.ConnectionReadTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
