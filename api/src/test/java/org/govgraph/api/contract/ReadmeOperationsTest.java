package org.govgraph.api.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example operations, as a code generator would take them: every one named, no two
 * with the same name (nor two fragments), and all of them, together in one document, valid
 * against the checked-in schema.
 */
class ReadmeOperationsTest {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	private static final List<String> READMES = List.of("README.md", "clients/README.md",
			"clients/java-client/README.md", "clients/explorer/README.md", "clients/calendar-sync/README.md");

	@Test
	void everyExampleIsNamedUniquelyAndValidAgainstTheSchema() {
		var schema = SchemaContract.schema(SchemaContract.read(SchemaContract.SCHEMA));
		var blocks = new ArrayList<String>();
		for (var readme : READMES) {
			if (java.nio.file.Files.isRegularFile(SchemaContract.root().resolve(readme))) {
				GRAPHQL_BLOCK.matcher(SchemaContract.read(readme)).results().forEach(match -> blocks.add(match.group(1)));
			}
		}
		assertThat(blocks).hasSizeGreaterThanOrEqualTo(19);

		var operations = new ArrayList<String>();
		var fragments = new ArrayList<String>();
		var all = Document.newDocument();
		for (var block : blocks) {
			var document = Parser.parse(block);
			for (var definition : document.getDefinitions()) {
				if (definition instanceof OperationDefinition operation) {
					assertThat(operation.getName()).as("an unnamed operation in the README:%n%s", block).isNotBlank();
					operations.add(operation.getName());
				}
				else if (definition instanceof FragmentDefinition fragment) {
					fragments.add(fragment.getName());
				}
				all.definition(definition);
			}
		}
		assertThat(duplicates(operations)).as("operation names used twice").isEmpty();
		assertThat(duplicates(fragments)).as("fragment names used twice").isEmpty();
		var errors = new Validator().validateDocument(schema, all.build(), java.util.Locale.ENGLISH);
		assertThat(errors).as("the README's operations against %s", SchemaContract.SCHEMA).isEmpty();
	}

	private static List<String> duplicates(List<String> names) {
		var seen = new HashSet<String>();
		return names.stream().filter(name -> !seen.add(name)).distinct().toList();
	}

}
