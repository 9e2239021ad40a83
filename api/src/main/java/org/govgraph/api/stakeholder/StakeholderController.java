package org.govgraph.api.stakeholder;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.Connection;
import org.govgraph.api.graph.GlobalId;
import org.govgraph.api.graph.Inputs;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.graph.Link;
import org.govgraph.model.graph.Traversal;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.RelationshipType;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Stakeholder groups, the roles instruments give them, and the instruments that reference a role. */
@Controller
class StakeholderController {

	private final GraphRepository graph;

	StakeholderController(GraphRepository graph) {
		this.graph = graph;
	}

	@QueryMapping
	List<GraphNode> stakeholderGroups() {
		return this.graph.findAll(NodeLabel.STAKEHOLDER_GROUP);
	}

	@QueryMapping
	GraphNode stakeholderGroup(@Argument String key) {
		Inputs.required(key, "key");
		return this.graph.findByKey(NodeLabel.STAKEHOLDER_GROUP, key)
			.orElseThrow(() -> ApiException.notFound("key", "No stakeholder group has the key '" + key + "'"));
	}

	@QueryMapping
	List<GraphNode> roles(@Argument String stakeholderGroup) {
		if (stakeholderGroup == null) {
			return this.graph.findAll(NodeLabel.ROLE);
		}
		var group = expect(GlobalId.parse(stakeholderGroup, "stakeholderGroup"), NodeLabel.STAKEHOLDER_GROUP,
				"stakeholderGroup");
		if (this.graph.findByKey(NodeLabel.STAKEHOLDER_GROUP, group.key()).isEmpty()) {
			throw ApiException.notFound("stakeholderGroup", "No stakeholder group has the ID '" + stakeholderGroup + "'");
		}
		return this.graph.findRolesHeldBy(group.key());
	}

	@QueryMapping
	GraphNode role(@Argument String key) {
		Inputs.required(key, "key");
		return this.graph.findByKey(NodeLabel.ROLE, key)
			.orElseThrow(() -> ApiException.notFound("key", "No role has the key '" + key + "'"));
	}

	/** A {@code RoleReferenceEdge}: an instrument, its paragraphs that define the role, and those definitions with provenance. */
	record RoleReferenceEdge(String cursor, GraphNode node, List<GraphNode> paragraphs, List<Link> definedBy) {
	}

	@QueryMapping
	Connection<RoleReferenceEdge> instrumentsReferencingRole(@Argument String role, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		var roleId = expect(GlobalId.parse(role, "role"), NodeLabel.ROLE, "role");
		var paging = Connections.paging("instrumentsReferencingRole", first, after, selection);
		if (this.graph.findByKey(NodeLabel.ROLE, roleId.key()).isEmpty()) {
			throw ApiException.notFound("role", "No role has the ID '" + role + "'");
		}
		var page = this.graph.instrumentsReferencingRole(roleId.key(), paging.after(), paging.first(),
				paging.count());
		var definitions = this.graph
			.related(NodeLabel.ROLE, List.of(roleId.key()), Traversal.in(RelationshipType.DEFINES_ROLE), false)
			.get(roleId.key());
		return Connections.ofEdges(page, paging, (reference, edgeCursor) -> {
			var definedBy = definitions.stream()
				.filter((link) -> reference.paragraphKeys().contains(link.node().key()))
				.toList();
			var paragraphs = definedBy.stream().map(Link::node).toList();
			return new RoleReferenceEdge(edgeCursor, reference.instrument(), paragraphs, definedBy);
		});
	}

	private static GlobalId expect(GlobalId id, NodeLabel label, String argument) {
		if (id.label() != label) {
			throw ApiException.badRequest(argument, "'" + argument + "' must be the ID of a " + label.label()
					+ ", not of a " + id.label().label());
		}
		return id;
	}

}
