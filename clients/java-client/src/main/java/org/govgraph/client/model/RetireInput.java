package org.govgraph.client.model;

/**
 * An entity to retire. A null component is left out of the request.
 *
 * @param id global ID of the entity. Required.
 * @param expectedVersion the version the retirement is based on; a stale one is a {@code CONFLICT}. Required.
 * @param comment why it is retired, kept in its history.
 */
public record RetireInput(String id, int expectedVersion, String comment) implements GraphQlInput {

}
