package org.govgraph.client.model;

/**
 * A retired entity to bring back. A null component is left out of the request.
 *
 * @param id global ID of the entity. Required.
 * @param expectedVersion the version the restoration is based on; a stale one is a {@code CONFLICT}. Required.
 * @param comment why it is restored, kept in its history.
 */
public record RestoreInput(String id, int expectedVersion, String comment) implements GraphQlInput {

}
