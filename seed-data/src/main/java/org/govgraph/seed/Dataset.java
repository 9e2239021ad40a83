package org.govgraph.seed;

import java.util.List;
import java.util.Map;

import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.ProvenanceKind;
import org.govgraph.model.vocabulary.RelationshipType;
import org.govgraph.seed.DatasetException.Location;

/**
 * A validated dataset, ready to be written: every node and relationship with its provenance,
 * every reference resolved, every quote found in its source.
 *
 * @param checksum the version of the files it was read from
 * @param sources the curated facts that provenance may cite
 * @param nodes the nodes, with the properties they will have in the graph
 * @param relationships the relationships, including the part-of links derived from paragraphs
 */
public record Dataset(String checksum, List<CuratedSource> sources, List<NodeFact> nodes,
		List<RelationshipFact> relationships) {

	/** A fact from public records, in our own words, with its public source. */
	public record CuratedSource(String key, String statement, String url, Location location) {
	}

	/**
	 * What supports one fact: a source document's words ({@code QUOTED}: source, locator,
	 * quote), a curated fact ({@code CURATED}: source), or a rule applied to other facts
	 * ({@code DERIVED}: rule, derivedFrom).
	 *
	 * @param supports the properties of a node this entry supports, as stored; empty for a
	 * relationship's entry, which supports the relationship and all its properties
	 * @param derivedFrom what a derived value is derived from: a property of the same node
	 * ({@code city}), of another ({@code itu/pp-10.name}), a node key, or a curated fact
	 */
	public record Provenance(String source, String locator, String quote, ProvenanceKind kind, List<String> supports,
			String rule, List<String> derivedFrom) {

		public Provenance {
			supports = List.copyOf(supports);
			derivedFrom = List.copyOf(derivedFrom);
		}

		/** The same entry as the provenance of a relationship (which names no properties). */
		Provenance forRelationship() {
			return new Provenance(this.source, this.locator, this.quote, this.kind, List.of(), this.rule, this.derivedFrom);
		}

	}

	/** A node as it will be written. */
	public record NodeFact(NodeLabel label, String key, Map<String, Object> properties, List<Provenance> provenance,
			Location location) {
	}

	/** A relationship as it will be written. */
	public record RelationshipFact(RelationshipType type, NodeFact from, NodeFact to, Map<String, Object> properties,
			List<Provenance> provenance, Location location) {
	}

}
