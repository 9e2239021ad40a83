package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An organization, body, conference, working group or other forum. Organs sit in their parent ({@code parent}, {@code organs}).
 *
 * @param id opaque global ID.
 * @param version starts at 1 when the entity is created and grows by 1 with every write to it (by a curator or a dataset reload); pass it as {@code expectedVersion} to update or retire it.
 * @param retired true when the entity has been retired: it has left lists, search, paths and relationship fields, but {@code node(id:)} still returns it, and {@code restore} brings it back.
 * @param key stable readable key, e.g. {@code itu/cwg-internet}.
 * @param acronym the acronym the sources use, e.g. {@code CWG-Internet}; null where they give none.
 * @param name the name the sources use (only the acronym where they give nothing else).
 * @param kind what kind of forum it is. (Sent as {@code forumKind}: the kinds of the entities are enums of their own, which one selection of {@code Node} cannot give one name.)
 * @param description A short description; null where there is none.
 * @param calendarUrl the absolute address of this forum's iCalendar feed: its meetings and those of its organs, with their parts (subscribe to it by URL, or as {@code webcal://}).
 * @param provenance the sources of this forum's own facts.
 */
public record Forum(String id, int version, boolean retired, String key, String acronym, String name, @JsonProperty("forumKind") ForumKind kind, String description, String calendarUrl, List<Provenance> provenance) implements Node {

	public Forum {
		provenance = (provenance != null) ? List.copyOf(provenance) : List.of();
	}

}
