package org.govgraph.client.model;

/**
 * The kinds of stakeholder group.
 */
public enum StakeholderGroupKind {

	/**
	 * A stakeholder group of Internet governance, e.g. governments, the private sector, civil society.
	 */
	STAKEHOLDER_GROUP,

	/**
	 * A category of membership of a forum, e.g. ITU Member States or Sector Members.
	 */
	MEMBERSHIP_CATEGORY;

}
