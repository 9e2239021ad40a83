package org.govgraph.model.graph;

import java.util.List;
import java.util.Set;

import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.RelationshipType;

/**
 * Which relationships to follow from a node: types followed outwards, types followed inwards,
 * and the labels the node at the other end may have.
 *
 * @param outgoing relationship types followed from the node
 * @param incoming relationship types followed into the node
 * @param targets the labels allowed at the other end (empty: any)
 */
public record Traversal(Set<RelationshipType> outgoing, Set<RelationshipType> incoming, Set<NodeLabel> targets) {

	public static Traversal out(RelationshipType... types) {
		return new Traversal(Set.of(types), Set.of(), Set.of());
	}

	public static Traversal in(RelationshipType... types) {
		return new Traversal(Set.of(), Set.of(types), Set.of());
	}

	/** The same traversal, keeping only nodes with one of these labels at the other end. */
	public Traversal to(NodeLabel... labels) {
		return new Traversal(this.outgoing, this.incoming, Set.of(labels));
	}

	/** This traversal and another, together. */
	public Traversal and(Traversal other) {
		return new Traversal(union(this.outgoing, other.outgoing), union(this.incoming, other.incoming),
				union(this.targets, other.targets));
	}

	public List<String> outgoingNames() {
		return this.outgoing.stream().map(Enum::name).sorted().toList();
	}

	public List<String> incomingNames() {
		return this.incoming.stream().map(Enum::name).sorted().toList();
	}

	public List<String> targetLabels() {
		return this.targets.stream().map(NodeLabel::label).sorted().toList();
	}

	private static <T> Set<T> union(Set<T> a, Set<T> b) {
		var result = new java.util.HashSet<T>(a);
		result.addAll(b);
		return Set.copyOf(result);
	}

}
