package org.govgraph.client.model;

/**
 * A relationship to remove. A null component is left out of the request.
 *
 * @param from global ID of the entity the relationship starts from (it gets a new version). Required.
 * @param relationship the relationship type. Required.
 * @param to global ID of the entity it ends at. Required.
 * @param expectedVersion the version of {@code from} the write is based on; when given, a stale one is a {@code CONFLICT}.
 * @param comment why it is removed, kept in the history of {@code from}.
 */
public record DisconnectInput(String from, RelationshipType relationship, String to, Integer expectedVersion, String comment) implements GraphQlInput {

}
