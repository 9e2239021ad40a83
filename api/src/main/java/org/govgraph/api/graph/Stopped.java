package org.govgraph.api.graph;

import graphql.ErrorClassification;

/** The classifications of fields a request could not finish: it ran out of time, or was cancelled. */
public enum Stopped implements ErrorClassification {

	/** Neo4j ended the field's read because its request's time was up (HTTP 504). */
	TIMEOUT,

	/**
	 * The field was left unresolved because its execution was cancelled (the request timed out or
	 * its response outgrew its limit). Such errors never reach a client: the request is answered
	 * with the error that cancelled it.
	 */
	CANCELLED

}
