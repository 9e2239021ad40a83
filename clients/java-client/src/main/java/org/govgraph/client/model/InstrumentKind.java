package org.govgraph.client.model;

/**
 * The kinds of instrument.
 */
public enum InstrumentKind {

	/**
	 * A declaration, e.g. the Geneva Declaration of Principles.
	 */
	DECLARATION,

	/**
	 * A plan of action, e.g. the Geneva Plan of Action.
	 */
	PLAN_OF_ACTION,

	/**
	 * A commitment, e.g. the Tunis Commitment.
	 */
	COMMITMENT,

	/**
	 * An agenda, e.g. the Tunis Agenda for the Information Society.
	 */
	AGENDA,

	/**
	 * A resolution (a work or one of its dated versions).
	 */
	RESOLUTION,

	/**
	 * An opinion, e.g. a WTPF-13 Opinion.
	 */
	OPINION,

	/**
	 * A report, e.g. the WGIG report.
	 */
	REPORT,

	/**
	 * An information document, e.g. of the ITU Secretary-General.
	 */
	INFORMATION_DOCUMENT,

	/**
	 * A backgrounder, e.g. for the media.
	 */
	BACKGROUNDER,

	/**
	 * A web page.
	 */
	WEB_PAGE;

}
