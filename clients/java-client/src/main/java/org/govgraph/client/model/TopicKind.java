package org.govgraph.client.model;

/**
 * The kinds of topic.
 */
public enum TopicKind {

	/**
	 * A principle, e.g. the multistakeholder model.
	 */
	PRINCIPLE,

	/**
	 * A definition, e.g. the working definition of Internet governance.
	 */
	DEFINITION,

	/**
	 * A process, e.g. the Enhanced Cooperation Process.
	 */
	PROCESS,

	/**
	 * A theme of discussion, e.g. the role of governments.
	 */
	THEME;

}
