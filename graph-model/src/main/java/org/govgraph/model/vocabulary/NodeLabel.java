package org.govgraph.model.vocabulary;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The labels of the governance graph, each with the properties a curated node of that label
 * may carry (besides {@code key} and its provenance) and the name of its list in the dataset.
 */
public enum NodeLabel {

	INSTRUMENT("Instrument", "instruments",
			Set.of("kind", "title", "symbol", "date", "description", "sourceDocument"), Set.of("sourceDocument")),

	PARAGRAPH("Paragraph", "paragraphs",
			Set.of("instrument", "eId", "label", "position", "parent", "kind", "text", "textComplete", "lines"),
			Set.of("instrument", "eId")),

	FORUM("Forum", "forums", Set.of("acronym", "name", "kind", "description")),

	STAKEHOLDER_GROUP("StakeholderGroup", "stakeholderGroups", Set.of("name", "kind", "description")),

	ROLE("Role", "roles", Set.of("name", "description")),

	EVENT("Event", "events",
			Set.of("name", "kind", "start", "end", "timeZone", "durationMinutes", "venue", "city", "region", "country",
					"format",
					"moderation", "panelists", "openFloor", "remoteParticipation", "participants",
					"contactOrganization", "contactAddress", "contactEmail", "contactPhone", "description")),

	TOPIC("Topic", "topics", Set.of("name", "kind", "description"));

	private final String label;

	private final String datasetList;

	private final Set<String> properties;

	private final Set<String> identifying;

	NodeLabel(String label, String datasetList, Set<String> properties) {
		this(label, datasetList, properties, Set.of());
	}

	NodeLabel(String label, String datasetList, Set<String> properties, Set<String> identifying) {
		this.label = label;
		this.datasetList = datasetList;
		this.properties = properties;
		this.identifying = identifying;
	}

	/** The Neo4j label. */
	public String label() {
		return this.label;
	}

	/** The name of this label's list in a dataset file. */
	public String datasetList() {
		return this.datasetList;
	}

	/** The curated properties a node of this label may carry. */
	public Set<String> properties() {
		return this.properties;
	}

	/**
	 * The properties that identify the node within the dataset rather than state a fact about
	 * it, and so need no supporting provenance entry: a paragraph's {@code instrument} and
	 * {@code eId} (its key is {@code <instrument>#<eId>}), an instrument's
	 * {@code sourceDocument} flag (which of the dataset's own sources it is).
	 */
	public Set<String> identifying() {
		return this.identifying;
	}

	public static Optional<NodeLabel> ofDatasetList(String name) {
		return Arrays.stream(values()).filter((l) -> l.datasetList.equals(name)).findFirst();
	}

	public static Optional<NodeLabel> ofLabel(String label) {
		return Arrays.stream(values()).filter((l) -> l.label.equals(label)).findFirst();
	}

}
