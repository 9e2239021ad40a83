package org.govgraph.client.model;

/**
 * The kinds of forum.
 */
public enum ForumKind {

	/**
	 * An organization, e.g. ITU.
	 */
	ORGANIZATION,

	/**
	 * A principal organ, e.g. the UN General Assembly.
	 */
	ORGAN,

	/**
	 * A recurring conference, e.g. the ITU Plenipotentiary Conference.
	 */
	CONFERENCE,

	/**
	 * A summit, e.g. WSIS.
	 */
	SUMMIT,

	/**
	 * A forum, e.g. the IGF or WTPF.
	 */
	FORUM,

	/**
	 * A commission, e.g. CSTD.
	 */
	COMMISSION,

	/**
	 * A council, e.g. the ITU Council.
	 */
	COUNCIL,

	/**
	 * A working group, e.g. CWG-Internet or WGIG.
	 */
	WORKING_GROUP,

	/**
	 * A secretariat, e.g. of the IGF.
	 */
	SECRETARIAT,

	/**
	 * An office, e.g. the ITU Secretary-General.
	 */
	OFFICE;

}
