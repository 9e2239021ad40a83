package org.govgraph.client.model;

import java.util.List;

/**
 * A role an instrument gives a stakeholder group, e.g. policy authority for Internet-related public policy issues (States).
 *
 * @param id opaque global ID.
 * @param version starts at 1 when the entity is created and grows by 1 with every write to it (by a curator or a dataset reload); pass it as {@code expectedVersion} to update or retire it.
 * @param retired true when the entity has been retired: it has left lists, search, paths and relationship fields, but {@code node(id:)} still returns it, and {@code restore} brings it back.
 * @param key stable readable key, e.g. {@code un/wsis/2005/tunis-agenda/role/states-policy-authority}.
 * @param name the name of the role.
 * @param description A short description; null where there is none.
 * @param provenance the sources of this role's own facts.
 */
public record Role(String id, int version, boolean retired, String key, String name, String description, List<Provenance> provenance) implements Node {

	public Role {
		provenance = (provenance != null) ? List.copyOf(provenance) : List.of();
	}

}
