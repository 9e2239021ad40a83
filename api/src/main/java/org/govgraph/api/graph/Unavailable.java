package org.govgraph.api.graph;

import graphql.ErrorClassification;

/** The classification of errors caused by an unreachable graph database (HTTP 503). */
public enum Unavailable implements ErrorClassification {

	SERVICE_UNAVAILABLE

}
