package org.govgraph.api.graph;

import java.util.List;

import org.govgraph.model.graph.Traversal;
import org.govgraph.model.vocabulary.NodeLabel;

import static org.govgraph.model.graph.Traversal.in;
import static org.govgraph.model.graph.Traversal.out;
import static org.govgraph.model.vocabulary.NodeLabel.EVENT;
import static org.govgraph.model.vocabulary.NodeLabel.FORUM;
import static org.govgraph.model.vocabulary.NodeLabel.INSTRUMENT;
import static org.govgraph.model.vocabulary.NodeLabel.PARAGRAPH;
import static org.govgraph.model.vocabulary.NodeLabel.ROLE;
import static org.govgraph.model.vocabulary.NodeLabel.STAKEHOLDER_GROUP;
import static org.govgraph.model.vocabulary.NodeLabel.TOPIC;
import static org.govgraph.model.vocabulary.RelationshipType.ADDRESSES;
import static org.govgraph.model.vocabulary.RelationshipType.SEEKS_COLLABORATION_OF;
import static org.govgraph.model.vocabulary.RelationshipType.REFERS_TO;
import static org.govgraph.model.vocabulary.RelationshipType.QUOTES;
import static org.govgraph.model.vocabulary.RelationshipType.PREPARED_FOR;
import static org.govgraph.model.vocabulary.RelationshipType.FRAMED_BY;
import static org.govgraph.model.vocabulary.RelationshipType.CONTACT_ORGANIZATION;
import static org.govgraph.model.vocabulary.RelationshipType.CITES_OUTCOMES_OF;
import static org.govgraph.model.vocabulary.RelationshipType.BASED_ON;
import static org.govgraph.model.vocabulary.RelationshipType.ANNOUNCES;
import static org.govgraph.model.vocabulary.RelationshipType.ADOPTED_AT;
import static org.govgraph.model.vocabulary.RelationshipType.CITES;
import static org.govgraph.model.vocabulary.RelationshipType.CONVENED_BY;
import static org.govgraph.model.vocabulary.RelationshipType.DEFINES;
import static org.govgraph.model.vocabulary.RelationshipType.DEFINES_ROLE;
import static org.govgraph.model.vocabulary.RelationshipType.DEVELOPED_BY;
import static org.govgraph.model.vocabulary.RelationshipType.DISCUSSED_AT;
import static org.govgraph.model.vocabulary.RelationshipType.ESTABLISHED_BY;
import static org.govgraph.model.vocabulary.RelationshipType.FEEDS_INTO;
import static org.govgraph.model.vocabulary.RelationshipType.FOCUSES_ON;
import static org.govgraph.model.vocabulary.RelationshipType.HELD_BY;
import static org.govgraph.model.vocabulary.RelationshipType.HELD_DURING;
import static org.govgraph.model.vocabulary.RelationshipType.INVITES;
import static org.govgraph.model.vocabulary.RelationshipType.ISSUED_BY;
import static org.govgraph.model.vocabulary.RelationshipType.MEETING_OF;
import static org.govgraph.model.vocabulary.RelationshipType.MEMBERSHIP_CATEGORY_OF;
import static org.govgraph.model.vocabulary.RelationshipType.PART_OF;
import static org.govgraph.model.vocabulary.RelationshipType.PRODUCED_BY;
import static org.govgraph.model.vocabulary.RelationshipType.PROPOSES;
import static org.govgraph.model.vocabulary.RelationshipType.RECOGNIZES;
import static org.govgraph.model.vocabulary.RelationshipType.REMOTE_PARTICIPATION_BY;
import static org.govgraph.model.vocabulary.RelationshipType.REVISES;
import static org.govgraph.model.vocabulary.RelationshipType.SECRETARIAT_OF;
import static org.govgraph.model.vocabulary.RelationshipType.VERSION_OF;

/**
 * Which relationships each relationship field of the schema follows, and how it shapes them.
 * Every such field is resolved through one batch loader: one Cypher statement per field per
 * level of a request, however many parents the level has. Each field takes
 * {@code includeRetired} (default false: a relationship whose other end is retired is left out).
 */
final class RelationshipFields {

	/** How a field presents the relationships it follows. */
	enum Shape {

		/** A list of link objects (relationship, properties, provenance, other end). */
		LINKS,
		/** The first link object, or null. */
		LINK,
		/** The nodes at the other ends. */
		NODES,
		/** The first node at the other end, or null. */
		NODE,
		/** {@code Citation}s: the parent as source, the other end as target. */
		CITATIONS

	}

	/** One relationship field: the schema type and field, the parent's label, what it follows. */
	record Field(String type, String name, NodeLabel parent, Traversal traversal, Shape shape) {

		/**
		 * The batch loader of this field: one for the default (live other ends only), another
		 * for {@code includeRetired: true}, so each stays one statement per level.
		 */
		String loaderName(boolean includeRetired) {
			return "relationships:" + this.type + "." + this.name + (includeRetired ? ":includeRetired" : "");
		}

	}

	static final List<Field> ALL = List.of(
			// Instrument
			new Field("Instrument", "cites", INSTRUMENT, out(CITES), Shape.CITATIONS),
			new Field("Instrument", "revises", INSTRUMENT, out(REVISES), Shape.LINKS),
			new Field("Instrument", "revisedBy", INSTRUMENT, in(REVISES), Shape.LINKS),
			new Field("Instrument", "versionOf", INSTRUMENT, out(VERSION_OF), Shape.LINK),
			new Field("Instrument", "versions", INSTRUMENT, in(VERSION_OF), Shape.LINKS),
			new Field("Instrument", "adoptedAt", INSTRUMENT, out(ADOPTED_AT), Shape.LINKS),
			new Field("Instrument", "issuedBy", INSTRUMENT, out(ISSUED_BY), Shape.LINKS),
			new Field("Instrument", "producedBy", INSTRUMENT, out(PRODUCED_BY), Shape.LINKS),
			new Field("Instrument", "establishes", INSTRUMENT, in(ESTABLISHED_BY), Shape.LINKS),
			new Field("Instrument", "topics", INSTRUMENT, out(RECOGNIZES, ADDRESSES, FOCUSES_ON, PROPOSES, REFERS_TO),
					Shape.LINKS),
			new Field("Instrument", "preparedFor", INSTRUMENT, out(PREPARED_FOR), Shape.LINKS),
			new Field("Instrument", "announces", INSTRUMENT, out(ANNOUNCES), Shape.LINKS),
			new Field("Instrument", "citesOutcomesOf", INSTRUMENT, out(CITES_OUTCOMES_OF), Shape.LINKS),
			new Field("Instrument", "seeksCollaborationOf", INSTRUMENT, out(SEEKS_COLLABORATION_OF), Shape.LINKS),
			new Field("Instrument", "invites", INSTRUMENT, out(INVITES), Shape.LINKS),
			new Field("Instrument", "feedsInto", INSTRUMENT, out(FEEDS_INTO), Shape.LINKS),
			new Field("Instrument", "fedBy", INSTRUMENT, in(FEEDS_INTO), Shape.LINKS),
			// Paragraph
			new Field("Paragraph", "children", PARAGRAPH, in(PART_OF).to(PARAGRAPH), Shape.NODES),
			new Field("Paragraph", "roles", PARAGRAPH, out(DEFINES_ROLE), Shape.LINKS),
			new Field("Paragraph", "references", PARAGRAPH, out(CITES), Shape.CITATIONS),
			new Field("Paragraph", "topics", PARAGRAPH, out(RECOGNIZES, DEFINES, REFERS_TO), Shape.LINKS),
			new Field("Paragraph", "quotes", PARAGRAPH, out(QUOTES), Shape.LINKS),
			new Field("Paragraph", "quotedBy", PARAGRAPH, in(QUOTES), Shape.LINKS),
			new Field("Paragraph", "definesTopics", PARAGRAPH, out(DEFINES), Shape.LINKS),
			// Role
			new Field("Role", "stakeholderGroup", ROLE, out(HELD_BY), Shape.NODE),
			new Field("Role", "heldBy", ROLE, out(HELD_BY), Shape.LINK),
			new Field("Role", "definedBy", ROLE, in(DEFINES_ROLE), Shape.LINKS),
			// StakeholderGroup
			new Field("StakeholderGroup", "roles", STAKEHOLDER_GROUP, in(HELD_BY), Shape.LINKS),
			new Field("StakeholderGroup", "membershipCategoryOf", STAKEHOLDER_GROUP, out(MEMBERSHIP_CATEGORY_OF),
					Shape.LINKS),
			new Field("StakeholderGroup", "invitedBy", STAKEHOLDER_GROUP, in(INVITES), Shape.LINKS),
			new Field("StakeholderGroup", "collaborationSoughtBy", STAKEHOLDER_GROUP, in(SEEKS_COLLABORATION_OF),
					Shape.LINKS),
			// Forum
			new Field("Forum", "parent", FORUM, out(PART_OF).to(FORUM), Shape.LINK),
			new Field("Forum", "organs", FORUM, in(PART_OF).to(FORUM), Shape.LINKS),
			new Field("Forum", "secretariatOf", FORUM, out(SECRETARIAT_OF), Shape.LINKS),
			new Field("Forum", "secretariat", FORUM, in(SECRETARIAT_OF), Shape.LINKS),
			new Field("Forum", "establishedBy", FORUM, out(ESTABLISHED_BY), Shape.LINKS),
			new Field("Forum", "membershipCategories", FORUM, in(MEMBERSHIP_CATEGORY_OF), Shape.LINKS),
			new Field("Forum", "topics", FORUM, in(DEVELOPED_BY, DISCUSSED_AT).and(out(RECOGNIZES)), Shape.LINKS),
			new Field("Forum", "contactFor", FORUM, in(CONTACT_ORGANIZATION), Shape.LINKS),
			new Field("Forum", "remoteParticipationFor", FORUM, in(REMOTE_PARTICIPATION_BY), Shape.LINKS),
			// Event
			new Field("Event", "meetingOf", EVENT, out(MEETING_OF), Shape.LINKS),
			new Field("Event", "convenedBy", EVENT, out(CONVENED_BY), Shape.LINKS),
			new Field("Event", "partOf", EVENT, out(PART_OF).to(EVENT), Shape.LINKS),
			new Field("Event", "parts", EVENT, in(PART_OF).to(EVENT), Shape.LINKS),
			new Field("Event", "heldDuring", EVENT, out(HELD_DURING), Shape.LINKS),
			new Field("Event", "hostedEvents", EVENT, in(HELD_DURING), Shape.LINKS),
			new Field("Event", "outputs", EVENT, in(ADOPTED_AT, PRODUCED_BY).and(out(FEEDS_INTO)).to(INSTRUMENT),
					Shape.LINKS),
			new Field("Event", "feedsInto", EVENT, out(FEEDS_INTO), Shape.LINKS),
			new Field("Event", "fedBy", EVENT, in(FEEDS_INTO), Shape.LINKS),
			new Field("Event", "topics", EVENT, out(RECOGNIZES, ADDRESSES).and(in(DISCUSSED_AT, ADOPTED_AT)).to(TOPIC),
					Shape.LINKS),
			new Field("Event", "remoteParticipationBy", EVENT, out(REMOTE_PARTICIPATION_BY), Shape.LINKS),
			new Field("Event", "contactOrganization", EVENT, out(CONTACT_ORGANIZATION), Shape.LINKS),
			new Field("Event", "preparatoryDocuments", EVENT, in(PREPARED_FOR), Shape.LINKS),
			new Field("Event", "announcedBy", EVENT, in(ANNOUNCES), Shape.LINKS),
			new Field("Event", "outcomesCitedBy", EVENT, in(CITES_OUTCOMES_OF), Shape.LINKS),
			// Topic
			new Field("Topic", "recognizedBy", TOPIC, in(RECOGNIZES), Shape.LINKS),
			new Field("Topic", "addressedBy", TOPIC, in(ADDRESSES), Shape.LINKS),
			new Field("Topic", "focusedOnBy", TOPIC, in(FOCUSES_ON), Shape.LINKS),
			new Field("Topic", "proposedBy", TOPIC, in(PROPOSES), Shape.LINKS),
			new Field("Topic", "definedIn", TOPIC, in(DEFINES), Shape.LINKS),
			new Field("Topic", "developedBy", TOPIC, out(DEVELOPED_BY), Shape.LINKS),
			new Field("Topic", "discussedAt", TOPIC, out(DISCUSSED_AT), Shape.LINKS),
			new Field("Topic", "adoptedAt", TOPIC, out(ADOPTED_AT), Shape.LINKS),
			new Field("Topic", "referredToBy", TOPIC, in(REFERS_TO), Shape.LINKS),
			new Field("Topic", "basedOn", TOPIC, out(BASED_ON), Shape.LINKS),
			new Field("Topic", "basisOf", TOPIC, in(BASED_ON), Shape.LINKS),
			new Field("Topic", "framedBy", TOPIC, out(FRAMED_BY), Shape.LINKS),
			new Field("Topic", "frames", TOPIC, in(FRAMED_BY), Shape.LINKS));

	/** The schema's link types and the field of each that holds the node at the other end. */
	static final java.util.Map<String, String> LINK_TARGETS = java.util.Map.of("InstrumentLink", "instrument",
			"ParagraphLink", "paragraph", "ForumLink", "forum", "EventLink", "event", "TopicLink", "topic", "RoleLink",
			"role", "StakeholderGroupLink", "stakeholderGroup", "NodeLink", "node");

	private RelationshipFields() {
	}

}
