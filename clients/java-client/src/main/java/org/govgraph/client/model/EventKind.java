package org.govgraph.client.model;

/**
 * The kinds of event.
 */
public enum EventKind {

	/**
	 * A summit as a whole, e.g. WSIS.
	 */
	SUMMIT,

	/**
	 * A phase of a summit, e.g. the WSIS Tunis phase.
	 */
	SUMMIT_PHASE,

	/**
	 * A conference, e.g. PP-10.
	 */
	CONFERENCE,

	/**
	 * A policy forum, e.g. WTPF-13.
	 */
	POLICY_FORUM,

	/**
	 * The preparatory process of another event.
	 */
	PREPARATORY_PROCESS,

	/**
	 * A series of consultations, e.g. Open Talks.
	 */
	CONSULTATION_SERIES,

	/**
	 * A single consultation.
	 */
	CONSULTATION,

	/**
	 * A meeting of a recurring forum, e.g. IGF 2013.
	 */
	FORUM_MEETING,

	/**
	 * A meeting of a body, e.g. of CWG-Internet.
	 */
	MEETING;

}
