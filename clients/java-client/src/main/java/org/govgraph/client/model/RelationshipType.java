package org.govgraph.client.model;

/**
 * The relationship types of the graph, with what each may connect ({@code connect} refuses other
 * endpoints).
 */
public enum RelationshipType {

	/**
	 * A paragraph within its instrument or enclosing paragraph; an organ within its body; an event within
	 * its series or summit. From Paragraph, Forum, Event to Paragraph, Instrument, Forum, Event.
	 */
	PART_OF,

	/**
	 * A citation; a source document's citations start at the citing paragraph. From Instrument, Paragraph
	 * to Instrument, Paragraph. Properties: {@code pinpoint}.
	 */
	CITES,

	/**
	 * A citation of the outcomes of an event as a whole, where no document is named; {@code asWritten} the
	 * citing words. From Instrument to Event. Properties: {@code asWritten}.
	 */
	CITES_OUTCOMES_OF,

	/**
	 * The quoting paragraph → the paragraph whose words it quotes. From Paragraph to Paragraph.
	 */
	QUOTES,

	/**
	 * A document written for an event (a backgrounder to a conference). From Instrument to Event.
	 */
	PREPARED_FOR,

	/**
	 * A document that announces an event. From Instrument to Event.
	 */
	ANNOUNCES,

	/**
	 * From Instrument to Instrument.
	 */
	REVISES,

	/**
	 * From Instrument to Instrument.
	 */
	VERSION_OF,

	/**
	 * From Paragraph to Role.
	 */
	DEFINES_ROLE,

	/**
	 * From Role to StakeholderGroup.
	 */
	HELD_BY,

	/**
	 * What an instrument, paragraph, event or body (e.g. the ITU membership, as ITU) recognizes. From
	 * Instrument, Paragraph, Event, Forum to Topic.
	 */
	RECOGNIZES,

	/**
	 * Only that a reference to the topic can be found in the instrument or paragraph (weaker than
	 * ADDRESSES or RECOGNIZES). From Instrument, Paragraph to Topic.
	 */
	REFERS_TO,

	/**
	 * From Instrument, Event to Topic.
	 */
	ADDRESSES,

	/**
	 * From Instrument to Topic.
	 */
	FOCUSES_ON,

	/**
	 * An invitation; {@code invitees} gives the invited as the source words them (e.g. "governments and
	 * others"). From Instrument to StakeholderGroup. Properties: {@code action}, {@code invitees}.
	 */
	INVITES,

	/**
	 * A party to the collaboration and coordination an instrument calls for. From Instrument to
	 * StakeholderGroup.
	 */
	SEEKS_COLLABORATION_OF,

	/**
	 * From Paragraph to Topic.
	 */
	DEFINES,

	/**
	 * From Instrument to Topic.
	 */
	PROPOSES,

	/**
	 * From Topic to Forum.
	 */
	DEVELOPED_BY,

	/**
	 * A model or principle based on another ("the multi-stakeholder governance model based on WSIS
	 * principles"). From Topic to Topic.
	 */
	BASED_ON,

	/**
	 * Principles given under the framework of a model ("under the broad framework of the multistakeholder
	 * governance model"). From Topic to Topic.
	 */
	FRAMED_BY,

	/**
	 * From Instrument to Forum.
	 */
	ISSUED_BY,

	/**
	 * From Instrument, Topic to Event.
	 */
	ADOPTED_AT,

	/**
	 * From Instrument to Forum, Event.
	 */
	PRODUCED_BY,

	/**
	 * From Forum to Instrument.
	 */
	ESTABLISHED_BY,

	/**
	 * From Event to Forum.
	 */
	CONVENED_BY,

	/**
	 * From Event to Forum.
	 */
	MEETING_OF,

	/**
	 * From Event to Event.
	 */
	HELD_DURING,

	/**
	 * From Event, Instrument to Instrument, Event.
	 */
	FEEDS_INTO,

	/**
	 * From Topic to Forum, Event.
	 */
	DISCUSSED_AT,

	/**
	 * From StakeholderGroup to Forum. Properties: {@code note}.
	 */
	MEMBERSHIP_CATEGORY_OF,

	/**
	 * From Forum to Forum.
	 */
	SECRETARIAT_OF,

	/**
	 * From Event to Forum. Properties: {@code note}.
	 */
	REMOTE_PARTICIPATION_BY,

	/**
	 * The body an event's announcement gives as its contact. From Event to Forum.
	 */
	CONTACT_ORGANIZATION;

}
