package org.govgraph.model.vocabulary;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The type of each curated property, by label: one table that the dataset reader, the
 * mutations and the tests all read, so that a value is judged by the same rule wherever it is
 * written.
 */
public enum PropertyType {

	/** Free text. */
	TEXT,
	/** One of the label's kinds ({@link Enumerations#kindsOf}). */
	KIND,
	/** A whole number. */
	WHOLE_NUMBER,
	/** A count that its source may qualify ("some 900"): a whole number with a qualifier and the words as written. */
	QUANTITY,
	/** True or false. */
	BOOLEAN,
	/** A date at the precision its source gives: {@code 2013}, {@code 2013-11} or {@code 2013-05-14}. */
	PARTIAL_DATE,
	/** A partial date, or a local date-time {@code 2013-10-25T09:00} with a time zone. */
	EVENT_TIME,
	/** An IANA time zone such as {@code Europe/Zurich}. */
	TIME_ZONE,
	/** The key of another node (a paragraph's instrument and parent). */
	REFERENCE;

	private static final Map<NodeLabel, Map<String, PropertyType>> TYPES = Map.of(
			NodeLabel.INSTRUMENT,
			Map.of("kind", KIND, "title", TEXT, "symbol", TEXT, "date", PARTIAL_DATE, "description", TEXT,
					"sourceDocument", BOOLEAN),
			NodeLabel.PARAGRAPH,
			Map.of("instrument", REFERENCE, "eId", TEXT, "label", TEXT, "position", WHOLE_NUMBER, "parent", REFERENCE,
					"kind", KIND, "text", TEXT, "textComplete", BOOLEAN, "lines", TEXT),
			NodeLabel.FORUM, Map.of("acronym", TEXT, "name", TEXT, "kind", KIND, "description", TEXT),
			NodeLabel.STAKEHOLDER_GROUP, Map.of("name", TEXT, "kind", KIND, "description", TEXT),
			NodeLabel.ROLE, Map.of("name", TEXT, "description", TEXT),
			NodeLabel.EVENT,
			Map.ofEntries(entry("name", TEXT), entry("kind", KIND), entry("start", EVENT_TIME), entry("end", EVENT_TIME),
					entry("timeZone", TIME_ZONE), entry("durationMinutes", QUANTITY), entry("venue", TEXT),
					entry("city", TEXT), entry("region", TEXT), entry("country", TEXT), entry("format", TEXT),
					entry("moderation", TEXT), entry("panelists", QUANTITY), entry("openFloor", BOOLEAN),
					entry("remoteParticipation", BOOLEAN), entry("participants", QUANTITY),
					entry("contactOrganization", TEXT), entry("contactAddress", TEXT), entry("contactEmail", TEXT),
					entry("contactPhone", TEXT), entry("description", TEXT)),
			NodeLabel.TOPIC, Map.of("name", TEXT, "kind", KIND, "description", TEXT));

	/** The properties stored under another name: a paragraph's instrument and parent are kept as their keys. */
	private static final Map<String, String> STORED_NAMES = Map.of("instrument", "instrumentKey", "parent",
			"parentKey");

	/** The name a property is stored under ({@code instrument} as {@code instrumentKey}, most as themselves). */
	public static String storedName(String name) {
		return STORED_NAMES.getOrDefault(name, name);
	}

	/**
	 * A derivedFrom reference with its property part under the name it is stored by: a property
	 * ({@code parent}), {@code <key>.<property>}, or a curated fact, which stays as it is.
	 */
	public static String storedRef(String ref) {
		if (ref.startsWith(FactRules.CURATED_PREFIX)) {
			return ref;
		}
		int dot = ref.lastIndexOf('.');
		if (dot < 0) {
			return storedName(ref);
		}
		return ref.substring(0, dot + 1) + storedName(ref.substring(dot + 1));
	}

	/** The types of a label's curated properties, by property name (the names of {@link NodeLabel#properties()}). */
	public static Map<String, PropertyType> of(NodeLabel label) {
		return TYPES.get(label);
	}

}
