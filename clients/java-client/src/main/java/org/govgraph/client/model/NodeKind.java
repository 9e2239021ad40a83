package org.govgraph.client.model;

/**
 * The kinds of entity the graph holds.
 */
public enum NodeKind {

	/**
	 * A document: declaration, resolution, opinion, report, web page … ({@code Instrument}).
	 */
	INSTRUMENT,

	/**
	 * A paragraph, item, section or heading of an instrument ({@code Paragraph}).
	 */
	PARAGRAPH,

	/**
	 * An organization, body, conference or other forum ({@code Forum}).
	 */
	FORUM,

	/**
	 * A stakeholder group or membership category ({@code StakeholderGroup}).
	 */
	STAKEHOLDER_GROUP,

	/**
	 * A role an instrument gives a stakeholder group ({@code Role}).
	 */
	ROLE,

	/**
	 * A summit, conference, meeting, consultation or series ({@code Event}).
	 */
	EVENT,

	/**
	 * A topic, principle, definition or process ({@code Topic}).
	 */
	TOPIC;

}
