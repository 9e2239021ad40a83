package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A stakeholder group (e.g. governments, civil society) or a membership category of a forum (e.g. ITU Sector Members).
 *
 * @param id opaque global ID.
 * @param version starts at 1 when the entity is created and grows by 1 with every write to it (by a curator or a dataset reload); pass it as {@code expectedVersion} to update or retire it.
 * @param retired true when the entity has been retired: it has left lists, search, paths and relationship fields, but {@code node(id:)} still returns it, and {@code restore} brings it back.
 * @param key stable readable key, e.g. {@code governments}.
 * @param name the name, e.g. {@code Governments}.
 * @param kind whether it is a stakeholder group or a membership category. (Sent as {@code stakeholderGroupKind}: the kinds of the entities are enums of their own, which one selection of {@code Node} cannot give one name.)
 * @param description A short description; null where there is none.
 * @param calendarUrl the absolute address of the iCalendar feed of the events this group is invited to (by an instrument announcing or preparing them) or takes part in (as a membership category of the forum): subscribe to it by URL, or as {@code webcal://}.
 * @param provenance the sources of this group's own facts.
 */
public record StakeholderGroup(String id, int version, boolean retired, String key, String name, @JsonProperty("stakeholderGroupKind") StakeholderGroupKind kind, String description, String calendarUrl, List<Provenance> provenance) implements Node {

	public StakeholderGroup {
		provenance = (provenance != null) ? List.copyOf(provenance) : List.of();
	}

}
