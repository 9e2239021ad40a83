package org.govgraph.client.model;

import java.util.List;

/**
 * A relationship to add, from {@code from} to {@code to}. A null component is left out of the request.
 *
 * @param from global ID of the entity the relationship starts from (it gets a new version). Required.
 * @param relationship the relationship type; it must allow these endpoints. Required.
 * @param to global ID of the entity it ends at. Required.
 * @param expectedVersion the version of {@code from} the write is based on; when given, a stale one is a {@code CONFLICT}.
 * @param pinpoint for {@code CITES}: where in the cited document, e.g. {@code para 35}.
 * @param action for {@code INVITES}: what the invited are asked to do.
 * @param invitees for {@code INVITES}: the invited as the source words them.
 * @param note for {@code MEMBERSHIP_CATEGORY_OF} and {@code REMOTE_PARTICIPATION_BY}: a note.
 * @param asWritten for {@code CITES_OUTCOMES_OF}: the citing words.
 * @param provenance what supports the relationship (entries take no {@code supports}). Required.
 * @param comment why it is added, kept in the history of {@code from}.
 */
public record ConnectInput(String from, RelationshipType relationship, String to, Integer expectedVersion, String pinpoint, String action, String invitees, String note, String asWritten, List<ProvenanceInput> provenance, String comment) implements GraphQlInput {

}
