package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A topic of Internet governance: a principle, a definition, a process or a theme.
 *
 * @param id opaque global ID.
 * @param version starts at 1 when the entity is created and grows by 1 with every write to it (by a curator or a dataset reload); pass it as {@code expectedVersion} to update or retire it.
 * @param retired true when the entity has been retired: it has left lists, search, paths and relationship fields, but {@code node(id:)} still returns it, and {@code restore} brings it back.
 * @param key stable readable key, e.g. {@code multistakeholder-model}.
 * @param name the name.
 * @param kind what kind of topic it is. (Sent as {@code topicKind}: the kinds of the entities are enums of their own, which one selection of {@code Node} cannot give one name.)
 * @param description A short description; null where there is none.
 * @param provenance the sources of this topic's own facts.
 */
public record Topic(String id, int version, boolean retired, String key, String name, @JsonProperty("topicKind") TopicKind kind, String description, List<Provenance> provenance) implements Node {

	public Topic {
		provenance = (provenance != null) ? List.copyOf(provenance) : List.of();
	}

}
