package org.govgraph.model.vocabulary;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.govgraph.model.vocabulary.NodeLabel.EVENT;
import static org.govgraph.model.vocabulary.NodeLabel.FORUM;
import static org.govgraph.model.vocabulary.NodeLabel.INSTRUMENT;
import static org.govgraph.model.vocabulary.NodeLabel.PARAGRAPH;
import static org.govgraph.model.vocabulary.NodeLabel.ROLE;
import static org.govgraph.model.vocabulary.NodeLabel.STAKEHOLDER_GROUP;
import static org.govgraph.model.vocabulary.NodeLabel.TOPIC;

/**
 * The relationship types of the governance graph: what each connects, and the properties it
 * may carry besides its provenance.
 */
public enum RelationshipType {

	/** A paragraph within its instrument or enclosing paragraph; an organ within its body; an event within its series or summit. */
	PART_OF(EnumSet.of(PARAGRAPH, FORUM, EVENT), EnumSet.of(PARAGRAPH, INSTRUMENT, FORUM, EVENT)),
	CITES(EnumSet.of(INSTRUMENT, PARAGRAPH), EnumSet.of(INSTRUMENT, PARAGRAPH), "pinpoint"),
	REVISES(EnumSet.of(INSTRUMENT), EnumSet.of(INSTRUMENT)),
	VERSION_OF(EnumSet.of(INSTRUMENT), EnumSet.of(INSTRUMENT)),
	DEFINES_ROLE(EnumSet.of(PARAGRAPH), EnumSet.of(ROLE)),
	HELD_BY(EnumSet.of(ROLE), EnumSet.of(STAKEHOLDER_GROUP)),
	RECOGNIZES(EnumSet.of(INSTRUMENT, PARAGRAPH, EVENT), EnumSet.of(TOPIC)),
	ADDRESSES(EnumSet.of(INSTRUMENT, EVENT), EnumSet.of(TOPIC)),
	FOCUSES_ON(EnumSet.of(INSTRUMENT), EnumSet.of(TOPIC)),
	INVITES(EnumSet.of(INSTRUMENT), EnumSet.of(STAKEHOLDER_GROUP), "action"),
	DEFINES(EnumSet.of(PARAGRAPH), EnumSet.of(TOPIC)),
	PROPOSES(EnumSet.of(INSTRUMENT), EnumSet.of(TOPIC)),
	DEVELOPED_BY(EnumSet.of(TOPIC), EnumSet.of(FORUM)),
	ISSUED_BY(EnumSet.of(INSTRUMENT), EnumSet.of(FORUM)),
	ADOPTED_AT(EnumSet.of(INSTRUMENT, TOPIC), EnumSet.of(EVENT)),
	PRODUCED_BY(EnumSet.of(INSTRUMENT), EnumSet.of(FORUM, EVENT)),
	ESTABLISHED_BY(EnumSet.of(FORUM), EnumSet.of(INSTRUMENT)),
	CONVENED_BY(EnumSet.of(EVENT), EnumSet.of(FORUM)),
	MEETING_OF(EnumSet.of(EVENT), EnumSet.of(FORUM)),
	HELD_DURING(EnumSet.of(EVENT), EnumSet.of(EVENT)),
	FEEDS_INTO(EnumSet.of(EVENT, INSTRUMENT), EnumSet.of(INSTRUMENT, EVENT)),
	DISCUSSED_AT(EnumSet.of(TOPIC), EnumSet.of(FORUM, EVENT)),
	MEMBERSHIP_CATEGORY_OF(EnumSet.of(STAKEHOLDER_GROUP), EnumSet.of(FORUM), "note"),
	SECRETARIAT_OF(EnumSet.of(FORUM), EnumSet.of(FORUM)),
	REMOTE_PARTICIPATION_BY(EnumSet.of(EVENT), EnumSet.of(FORUM), "note");

	private final Set<NodeLabel> from;

	private final Set<NodeLabel> to;

	private final Set<String> properties;

	RelationshipType(Set<NodeLabel> from, Set<NodeLabel> to, String... properties) {
		this.from = from;
		this.to = to;
		this.properties = Set.of(properties);
	}

	public Set<NodeLabel> from() {
		return this.from;
	}

	public Set<NodeLabel> to() {
		return this.to;
	}

	public Set<String> properties() {
		return this.properties;
	}

	public static Optional<RelationshipType> of(String name) {
		return Arrays.stream(values()).filter((t) -> t.name().equals(name)).findFirst();
	}

}
