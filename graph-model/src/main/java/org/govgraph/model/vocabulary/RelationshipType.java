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
	/** A citation; a source document's citations start at the citing paragraph. */
	CITES(EnumSet.of(INSTRUMENT, PARAGRAPH), EnumSet.of(INSTRUMENT, PARAGRAPH), "pinpoint"),
	/** A citation of the outcomes of an event as a whole, where no document is named; {@code asWritten} the citing words. */
	CITES_OUTCOMES_OF(EnumSet.of(INSTRUMENT), EnumSet.of(EVENT), "asWritten"),
	/** The quoting paragraph → the paragraph whose words it quotes. */
	QUOTES(EnumSet.of(PARAGRAPH), EnumSet.of(PARAGRAPH)),
	/** A document written for an event (a backgrounder to a conference). */
	PREPARED_FOR(EnumSet.of(INSTRUMENT), EnumSet.of(EVENT)),
	/** A document that announces an event. */
	ANNOUNCES(EnumSet.of(INSTRUMENT), EnumSet.of(EVENT)),
	REVISES(EnumSet.of(INSTRUMENT), EnumSet.of(INSTRUMENT)),
	VERSION_OF(EnumSet.of(INSTRUMENT), EnumSet.of(INSTRUMENT)),
	DEFINES_ROLE(EnumSet.of(PARAGRAPH), EnumSet.of(ROLE)),
	HELD_BY(EnumSet.of(ROLE), EnumSet.of(STAKEHOLDER_GROUP)),
	/** What an instrument, paragraph, event or body (e.g. the ITU membership, as ITU) recognizes. */
	RECOGNIZES(EnumSet.of(INSTRUMENT, PARAGRAPH, EVENT, FORUM), EnumSet.of(TOPIC)),
	/** Only that a reference to the topic can be found in the instrument or paragraph (weaker than ADDRESSES or RECOGNIZES). */
	REFERS_TO(EnumSet.of(INSTRUMENT, PARAGRAPH), EnumSet.of(TOPIC)),
	ADDRESSES(EnumSet.of(INSTRUMENT, EVENT), EnumSet.of(TOPIC)),
	FOCUSES_ON(EnumSet.of(INSTRUMENT), EnumSet.of(TOPIC)),
	/** An invitation; {@code invitees} gives the invited as the source words them (e.g. "governments and others"). */
	INVITES(EnumSet.of(INSTRUMENT), EnumSet.of(STAKEHOLDER_GROUP), "action", "invitees"),
	/** A party to the collaboration and coordination an instrument calls for. */
	SEEKS_COLLABORATION_OF(EnumSet.of(INSTRUMENT), EnumSet.of(STAKEHOLDER_GROUP)),
	DEFINES(EnumSet.of(PARAGRAPH), EnumSet.of(TOPIC)),
	PROPOSES(EnumSet.of(INSTRUMENT), EnumSet.of(TOPIC)),
	DEVELOPED_BY(EnumSet.of(TOPIC), EnumSet.of(FORUM)),
	/** A model or principle based on another ("the multi-stakeholder governance model based on WSIS principles"). */
	BASED_ON(EnumSet.of(TOPIC), EnumSet.of(TOPIC)),
	/** Principles given under the framework of a model ("under the broad framework of the multistakeholder governance model"). */
	FRAMED_BY(EnumSet.of(TOPIC), EnumSet.of(TOPIC)),
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
	REMOTE_PARTICIPATION_BY(EnumSet.of(EVENT), EnumSet.of(FORUM), "note"),
	/** The body an event's announcement gives as its contact. */
	CONTACT_ORGANIZATION(EnumSet.of(EVENT), EnumSet.of(FORUM));

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
