package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An entity of the graph: one record per kind, told apart by the {@code __typename} every
 * document asks for, so a {@code switch} over the permitted records covers every kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "__typename")
@JsonSubTypes({ @JsonSubTypes.Type(value = Instrument.class, name = "Instrument"),
		@JsonSubTypes.Type(value = Paragraph.class, name = "Paragraph"),
		@JsonSubTypes.Type(value = Forum.class, name = "Forum"),
		@JsonSubTypes.Type(value = StakeholderGroup.class, name = "StakeholderGroup"),
		@JsonSubTypes.Type(value = Role.class, name = "Role"), @JsonSubTypes.Type(value = Event.class, name = "Event"),
		@JsonSubTypes.Type(value = Topic.class, name = "Topic") })
public sealed interface Node permits Instrument, Paragraph, Forum, StakeholderGroup, Role, Event, Topic {

	/** Opaque, stable global ID; pass it to {@code node}, {@code nodes}, {@code path} and ID arguments. */
	String id();

	/** The entity's version, for {@code expectedVersion} in updates. */
	int version();

	/** True when the entity has been retired. */
	boolean retired();

	/** The stable readable key, e.g. {@code wsis/tunis-agenda}. */
	String key();

}
