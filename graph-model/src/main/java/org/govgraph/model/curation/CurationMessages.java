package org.govgraph.model.curation;

import org.govgraph.model.vocabulary.FactRules;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.RelationshipType;

/**
 * The words of the refusals that only curation gives (the vocabulary's own rules are in
 * {@link FactRules}): text is made here, never in a method that runs Cypher.
 */
final class CurationMessages {

	private CurationMessages() {
	}

	static String noDerivableKey(NodeLabel label) {
		return "no key can be derived from the " + ((label == NodeLabel.INSTRUMENT) ? "title" : "name") + ": give a 'key'";
	}

	static String retired(NodeLabel label, String key, String doing) {
		return label.label() + " " + key + " is retired: restore it before " + doing + " it";
	}

	static String alreadyInState(NodeLabel label, String key, boolean retire) {
		return label.label() + " " + key + " is " + (retire ? "already retired" : "not retired");
	}

	static String nothingToDisconnect(RelationshipType type, String from, String to) {
		return "no " + type + " from " + from + " to " + to + " to disconnect";
	}

	static String relationshipWithoutProvenance(RelationshipType type, String from, String to) {
		return FactRules.noProvenance(type + " from " + from + " to", to);
	}

	static String unknownCuratedSource(String source) {
		return FactRules.unknownCuratedSource(source) + " (to add it, give its 'statement' and 'url')";
	}


	static String relationshipId(RelationshipType type, String from, String to) {
		return type.name() + "|" + from + "|" + to;
	}

}
