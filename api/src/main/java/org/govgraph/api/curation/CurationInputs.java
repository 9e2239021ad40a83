package org.govgraph.api.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.GlobalId;
import org.govgraph.model.curation.Writes.Entry;
import org.govgraph.model.curation.Writes.NodeWrite;
import org.govgraph.model.curation.Writes.Value;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.PropertyType;
import org.govgraph.model.vocabulary.ProvenanceKind;
import org.govgraph.model.vocabulary.QuantityQualifier;

/**
 * Reads the curation inputs of the schema into the writes the curation repository takes. An
 * input is read as the map GraphQL coerced it to, so that a field left out (unchanged) and a
 * field given as null (removed) stay apart; each field name is the vocabulary's property name
 * (see {@link PropertyType}), except an event's {@code contact} (its four
 * {@code contact…} properties) and a paragraph's {@code instrument} and {@code parent} (IDs).
 * {@code CurationSchemaTest} keeps the schema's inputs and the vocabulary in step.
 */
final class CurationInputs {

	/** Input fields that are not values of the entity. */
	static final Set<String> CONTROL_FIELDS = Set.of("key", "id", "expectedVersion", "provenance", "comment");

	/** An event's contact fields and the properties they are stored as. */
	static final Map<String, String> CONTACT = Map.of("organization", "contactOrganization", "address",
			"contactAddress", "email", "contactEmail", "phone", "contactPhone");

	private static final List<String> INPUT = List.of("input");

	private CurationInputs() {
	}

	/** A create or update input as a node write; for an update, {@code key} is the entity's. */
	static NodeWrite nodeWrite(NodeLabel label, String key, Map<String, Object> input, boolean update) {
		var values = new LinkedHashMap<String, Value>();
		for (var field : input.entrySet()) {
			var name = field.getKey();
			if (CONTROL_FIELDS.contains(name)) {
				continue;
			}
			if (label == NodeLabel.EVENT && name.equals("contact")) {
				contact(field.getValue(), values);
				continue;
			}
			values.put(name, value(label, name, field.getValue()));
		}
		var provenance = entries(input.get("provenance"));
		Long expectedVersion = update ? ((Number) input.get("expectedVersion")).longValue() : null;
		return new NodeWrite(label, key, values, expandSupports(provenance, values.keySet()), expectedVersion, (String) input.get("comment"),
				INPUT);
	}

	private static Value value(NodeLabel label, String name, Object given) {
		var path = path(name);
		if (given == null) {
			return new Value(null, null, null, path);
		}
		var type = PropertyType.of(label).get(name);
		if (type == PropertyType.REFERENCE) {
			var expected = name.equals("instrument") ? NodeLabel.INSTRUMENT : NodeLabel.PARAGRAPH;
			var id = GlobalId.parse(given.toString(), name);
			if (id.label() != expected) {
				throw ApiException.badRequest(name, "'" + name + "' must be the ID of a " + expected.label());
			}
			return new Value(id.key(), null, null, path);
		}
		if (given instanceof Map<?, ?> quantity) {
			var qualifier = quantity.get("qualifier");
			return new Value(quantity.get("value"),
					(qualifier != null) ? QuantityQualifier.valueOf(qualifier.toString()) : null,
					(String) quantity.get("asWritten"), path);
		}
		return new Value(given, null, null, path);
	}

	private static void contact(Object given, Map<String, Value> values) {
		if (given == null) {
			CONTACT.forEach((field, property) -> values.put(property, new Value(null, null, null, path("contact", field))));
			return;
		}
		((Map<?, ?>) given).forEach((field, value) -> values.put(CONTACT.get(field.toString()),
				new Value(value, null, null, path("contact", field.toString()))));
	}

	/** The provenance entries of an input. */
	static List<Entry> entries(Object given) {
		var result = new ArrayList<Entry>();
		if (!(given instanceof List<?> list)) {
			return result;
		}
		for (int i = 0; i < list.size(); i++) {
			var entry = (Map<?, ?>) list.get(i);
			result.add(new Entry((String) entry.get("source"), (String) entry.get("locator"), (String) entry.get("quote"),
					ProvenanceKind.valueOf(entry.get("kind").toString()), (String) entry.get("url"),
					(String) entry.get("statement"), (String) entry.get("rule"), strings(entry.get("derivedFrom")),
					strings(entry.get("supports")), path("provenance", String.valueOf(i))));
		}
		return result;
	}

	/** {@code contact} in an entry's supports stands for the contact properties. */
	private static List<Entry> expandSupports(List<Entry> entries, Set<String> given) {
		var result = new ArrayList<Entry>();
		for (Entry entry : entries) {
			if (entry.supports() == null || !entry.supports().contains("contact")) {
				result.add(entry);
				continue;
			}
			var supports = new ArrayList<String>();
			for (String name : entry.supports()) {
				if (name.equals("contact")) {
					supports.addAll(CONTACT.values().stream().filter(given::contains).sorted().toList());
				}
				else {
					supports.add(name);
				}
			}
			result.add(new Entry(entry.source(), entry.locator(), entry.quote(), entry.kind(), entry.url(),
					entry.statement(), entry.rule(), entry.derivedFrom(), supports, entry.field()));
		}
		return result;
	}

	private static List<String> strings(Object given) {
		if (!(given instanceof List<?> list)) {
			return null;
		}
		return list.stream().map(Object::toString).toList();
	}

	static List<String> path(String... fields) {
		var path = new ArrayList<>(INPUT);
		path.addAll(List.of(fields));
		return path;
	}

}
