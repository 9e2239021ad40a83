package org.govgraph.client.model;

import java.util.List;

/**
 * A new stakeholder group. A null component is left out of the request.
 *
 * @param key stable key; derived from the name when omitted.
 * @param name the name. Required.
 * @param kind what kind of group it is. Required.
 * @param description A description.
 * @param provenance what supports each value. Required.
 * @param comment why the entity is added, kept in its history.
 */
public record CreateStakeholderGroupInput(String key, String name, StakeholderGroupKind kind, String description, List<ProvenanceInput> provenance, String comment) implements GraphQlInput {

}
