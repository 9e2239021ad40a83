package org.govgraph.api.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.govgraph.api.graph.GlobalId;
import org.govgraph.api.security.CurationAccess;
import org.govgraph.model.curation.CurationRepository;
import org.govgraph.model.curation.UserError;
import org.govgraph.model.curation.Writes.Actor;
import org.govgraph.model.curation.Writes.Outcome;
import org.govgraph.model.curation.Writes.RelationshipWrite;
import org.govgraph.model.curation.Writes.StateWrite;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.RelationshipType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/**
 * The curators' mutations. Each needs the role {@code CURATOR}, takes its input as the map
 * GraphQL coerced (see {@link CurationInputs}), runs one write of the {@link CurationRepository}
 * and answers the entity with the write's {@code userErrors}; each logs one line with the
 * subject, the operation, the entity, the outcome and the correlation id.
 */
@Controller
class CurationController {

	private static final Logger log = LoggerFactory.getLogger(CurationController.class);

	private final CurationRepository curation;

	CurationController(CurationRepository curation) {
		this.curation = curation;
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> createEvent(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return create(NodeLabel.EVENT, "event", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> createInstrument(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return create(NodeLabel.INSTRUMENT, "instrument", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> createParagraph(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return create(NodeLabel.PARAGRAPH, "paragraph", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> createForum(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return create(NodeLabel.FORUM, "forum", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> createStakeholderGroup(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return create(NodeLabel.STAKEHOLDER_GROUP, "stakeholderGroup", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> createRole(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return create(NodeLabel.ROLE, "role", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> createTopic(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return create(NodeLabel.TOPIC, "topic", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> updateEvent(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return update(NodeLabel.EVENT, "event", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> updateInstrument(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return update(NodeLabel.INSTRUMENT, "instrument", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> updateParagraph(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return update(NodeLabel.PARAGRAPH, "paragraph", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> updateForum(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return update(NodeLabel.FORUM, "forum", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> updateStakeholderGroup(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return update(NodeLabel.STAKEHOLDER_GROUP, "stakeholderGroup", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> updateRole(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return update(NodeLabel.ROLE, "role", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> updateTopic(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return update(NodeLabel.TOPIC, "topic", input, env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> retire(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		var id = GlobalId.parse((String) input.get("id"), "id");
		var write = new StateWrite(id.label(), id.key(), ((Number) input.get("expectedVersion")).longValue(),
				(String) input.get("comment"), List.of("input"));
		return answer("retire", id.label(), id.key(), "node", this.curation.retire(write, actor(env)), env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> restore(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		var id = GlobalId.parse((String) input.get("id"), "id");
		var write = new StateWrite(id.label(), id.key(), ((Number) input.get("expectedVersion")).longValue(),
				(String) input.get("comment"), List.of("input"));
		return answer("restore", id.label(), id.key(), "node", this.curation.restore(write, actor(env)), env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> connect(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		var write = relationshipWrite(input);
		return answer("connect", write.fromLabel(), write.fromKey() + " " + write.type() + " " + write.toKey(), "node",
				this.curation.connect(write, actor(env)), env);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Map<String, Object> disconnect(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		var write = relationshipWrite(input);
		return answer("disconnect", write.fromLabel(), write.fromKey() + " " + write.type() + " " + write.toKey(), "node",
				this.curation.disconnect(write, actor(env)), env);
	}

	private Map<String, Object> create(NodeLabel label, String field, Map<String, Object> input,
			DataFetchingEnvironment env) {
		var write = CurationInputs.nodeWrite(label, (String) input.get("key"), input, false);
		var outcome = this.curation.create(write, actor(env));
		var key = (outcome.node() != null) ? outcome.node().key() : CurationRepository.keyOf(write);
		return answer("create" + label.label(), label, key, field, outcome, env);
	}

	private Map<String, Object> update(NodeLabel label, String field, Map<String, Object> input,
			DataFetchingEnvironment env) {
		var id = GlobalId.parse((String) input.get("id"), "id");
		if (id.label() != label) {
			return answer("update" + label.label(), label, id.key(), field, new Outcome(null,
					List.of(new UserError(List.of("input", "id"), "the ID names a " + id.label().label() + ", not a "
							+ label.label(), UserError.Code.VALIDATION)), null), env);
		}
		var write = CurationInputs.nodeWrite(label, id.key(), input, true);
		return answer("update" + label.label(), label, id.key(), field, this.curation.update(write, actor(env)), env);
	}

	private static RelationshipWrite relationshipWrite(Map<String, Object> input) {
		var from = GlobalId.parse((String) input.get("from"), "from");
		var to = GlobalId.parse((String) input.get("to"), "to");
		var type = RelationshipType.valueOf(input.get("relationship").toString());
		var properties = new LinkedHashMap<String, String>();
		for (String name : List.of("pinpoint", "action", "invitees", "note", "asWritten")) {
			if (input.get(name) != null) {
				properties.put(name, input.get(name).toString());
			}
		}
		var expected = (input.get("expectedVersion") instanceof Number number) ? number.longValue() : null;
		return new RelationshipWrite(type, from.label(), from.key(), to.label(), to.key(), properties,
				CurationInputs.entries(input.get("provenance")), expected, (String) input.get("comment"), List.of("input"));
	}

	private static Actor actor(DataFetchingEnvironment env) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return new Actor(authentication.getName(), env.getExecutionId().toString());
	}

	private static Map<String, Object> answer(String operation, NodeLabel label, String key, String field,
			Outcome outcome, DataFetchingEnvironment env) {
		var actor = actor(env);
		log.info("write subject={} operation={} entity={}:{} outcome={} sequence={} correlationId={}",
				actor.subject(), operation, label.label(), key,
				outcome.committed() ? "committed" : "refused " + outcome.errors().stream().map((e) -> e.code().name()).distinct().toList(),
				outcome.sequence(), actor.correlationId());
		var payload = new LinkedHashMap<String, Object>();
		payload.put(field, outcome.node());
		payload.put("userErrors", outcome.errors());
		return payload;
	}

}
