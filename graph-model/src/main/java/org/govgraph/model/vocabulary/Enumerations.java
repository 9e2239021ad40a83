package org.govgraph.model.vocabulary;

import java.util.Map;
import java.util.Set;

/** The values the {@code kind} property may take, by label. */
public final class Enumerations {

	public static final Set<String> INSTRUMENT_KINDS = Set.of("DECLARATION", "PLAN_OF_ACTION", "COMMITMENT", "AGENDA",
			"RESOLUTION", "OPINION", "REPORT", "INFORMATION_DOCUMENT", "BACKGROUNDER", "WEB_PAGE");

	public static final Set<String> FORUM_KINDS = Set.of("ORGANIZATION", "ORGAN", "CONFERENCE", "SUMMIT", "FORUM",
			"COMMISSION", "COUNCIL", "WORKING_GROUP", "SECRETARIAT", "OFFICE");

	public static final Set<String> EVENT_KINDS = Set.of("SUMMIT", "SUMMIT_PHASE", "CONFERENCE", "POLICY_FORUM",
			"PREPARATORY_PROCESS", "CONSULTATION_SERIES", "CONSULTATION", "FORUM_MEETING", "MEETING");

	public static final Set<String> PARAGRAPH_KINDS = Set.of("PARAGRAPH", "ITEM", "SECTION", "HEADING");

	public static final Set<String> STAKEHOLDER_GROUP_KINDS = Set.of("STAKEHOLDER_GROUP", "MEMBERSHIP_CATEGORY");

	public static final Set<String> TOPIC_KINDS = Set.of("PRINCIPLE", "DEFINITION", "PROCESS", "THEME");

	private static final Map<NodeLabel, Set<String>> KINDS = Map.of(NodeLabel.INSTRUMENT, INSTRUMENT_KINDS,
			NodeLabel.FORUM, FORUM_KINDS, NodeLabel.EVENT, EVENT_KINDS, NodeLabel.PARAGRAPH, PARAGRAPH_KINDS,
			NodeLabel.STAKEHOLDER_GROUP, STAKEHOLDER_GROUP_KINDS, NodeLabel.TOPIC, TOPIC_KINDS);

	private Enumerations() {
	}

	/** The kinds a node of this label may have; empty when it has none. */
	public static Set<String> kindsOf(NodeLabel label) {
		return KINDS.getOrDefault(label, Set.of());
	}

}
