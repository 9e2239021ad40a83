package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Set;

/**
 * Values to change on a forum, based on the version read. A null component is left out of the request (for an update: the value stays); name a value in {@code clear} to remove it (sent as null).
 *
 * @param id global ID of the forum. Required.
 * @param expectedVersion the version the change is based on; a stale one is a {@code CONFLICT}. Required.
 * @param acronym the acronym.
 * @param name the name.
 * @param kind what kind of forum it is.
 * @param description A description.
 * @param provenance what supports each value set. Required.
 * @param comment why the change is made, kept in its history.
 * @param clear the input fields to remove (sent as null); none when null
 */
public record UpdateForumInput(String id, int expectedVersion, String acronym, String name, ForumKind kind, String description, List<ProvenanceInput> provenance, String comment, @JsonIgnore Set<String> clear) implements GraphQlInput {

	@Override
	public Set<String> clearedFields() {
		return (this.clear != null) ? this.clear : Set.of();
	}

}
