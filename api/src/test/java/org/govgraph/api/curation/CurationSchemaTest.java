package org.govgraph.api.curation;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.language.InputObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.PropertyType;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curation inputs of the schema and the vocabulary's rule table name the same values: a
 * property renamed or added on one side and not the other fails here, not in a curator's hands.
 */
class CurationSchemaTest {

	private static final Map<NodeLabel, String> TYPES = Map.of(NodeLabel.EVENT, "Event", NodeLabel.INSTRUMENT,
			"Instrument", NodeLabel.PARAGRAPH, "Paragraph", NodeLabel.FORUM, "Forum", NodeLabel.STAKEHOLDER_GROUP,
			"StakeholderGroup", NodeLabel.ROLE, "Role", NodeLabel.TOPIC, "Topic");

	/** Values only the dataset sets: which of its own sources an instrument is. */
	private static final Set<String> DATASET_ONLY = Set.of("sourceDocument");

	/** What identifies a paragraph, or places it, cannot change once it exists. */
	private static final Set<String> FIXED_ONCE_CREATED = Set.of("instrument", "eId", "parent", "position");

	private static TypeDefinitionRegistry schema() throws IOException {
		var registry = new TypeDefinitionRegistry();
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
			registry.merge(new SchemaParser().parse(resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
		}
		return registry;
	}

	/** The input's value fields as the vocabulary names them. */
	private static Set<String> values(TypeDefinitionRegistry schema, String input) {
		var definition = schema.getType(input, InputObjectTypeDefinition.class).orElseThrow();
		var names = new TreeSet<String>();
		for (var field : definition.getInputValueDefinitions()) {
			if (CurationInputs.CONTROL_FIELDS.contains(field.getName())) {
				continue;
			}
			if (field.getName().equals("contact")) {
				names.addAll(CurationInputs.CONTACT.values());
			}
			else {
				names.add(field.getName());
			}
		}
		return names;
	}

	@Test
	void everyCreateInputNamesExactlyTheVocabularysPropertiesOfItsKind() throws IOException {
		var schema = schema();
		TYPES.forEach((label, type) -> {
			var expected = new TreeSet<>(PropertyType.of(label).keySet());
			expected.removeAll(DATASET_ONLY);
			assertThat(values(schema, "Create" + type + "Input")).as("Create" + type + "Input").isEqualTo(expected);
			assertThat(PropertyType.of(label).keySet()).as("typed properties of " + label).isEqualTo(label.properties());
		});
	}

	@Test
	void everyUpdateInputNamesTheChangeablePropertiesOfItsKind() throws IOException {
		var schema = schema();
		TYPES.forEach((label, type) -> {
			var expected = new LinkedHashSet<>(PropertyType.of(label).keySet());
			expected.removeAll(DATASET_ONLY);
			if (label == NodeLabel.PARAGRAPH) {
				expected.removeAll(FIXED_ONCE_CREATED);
			}
			assertThat(values(schema, "Update" + type + "Input")).as("Update" + type + "Input")
				.isEqualTo(new TreeSet<>(expected));
		});
	}

}
