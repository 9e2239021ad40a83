package org.govgraph.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document of the client parses, is one named operation, and validates against the API's
 * schema files (read from the {@code api} module, the contract's source); every root field of
 * {@code Query}, {@code Mutation} and {@code Subscription} has a document.
 */
class DocumentsTest {

	static final Path DOCUMENTS = Path.of("src/main/resources/graphql-documents");

	static final Path SCHEMA = Path.of("../../api/src/main/resources/graphql");

	static GraphQLSchema schema;

	@BeforeAll
	static void schema() throws IOException {
		var registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(SCHEMA)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

	static List<String> documentNames() throws IOException {
		try (Stream<Path> files = Files.list(DOCUMENTS)) {
			return files.map((f) -> f.getFileName().toString())
				.filter((name) -> name.endsWith(".graphql"))
				.map((name) -> name.substring(0, name.length() - ".graphql".length()))
				.sorted()
				.toList();
		}
	}

	@Test
	void everyDocumentIsOneNamedOperationThatValidatesAgainstTheSchema() throws IOException {
		var documents = new Documents();
		var problems = new ArrayList<String>();
		for (String name : documentNames()) {
			Document document = Parser.parse(documents.document(name));
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			if (operations.size() != 1 || operations.get(0).getName() == null) {
				problems.add(name + ": not exactly one named operation");
			}
			List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
			errors.forEach((error) -> problems.add(name + ": " + error.getMessage()));
		}
		assertThat(problems).isEmpty();
		assertThat(documentNames()).hasSize(51);
	}

	@Test
	void everyRootFieldHasADocument() throws IOException {
		var documents = new Documents();
		Set<String> covered = new TreeSet<>();
		for (String name : documentNames()) {
			var operation = Parser.parse(documents.document(name)).getDefinitionsOfType(OperationDefinition.class).get(0);
			for (var selection : operation.getSelectionSet().getSelectionsOfType(Field.class)) {
				covered.add(operation.getOperation().name() + "." + selection.getName());
			}
		}
		Set<String> fields = new TreeSet<>();
		schema.getQueryType().getFieldDefinitions().forEach((f) -> fields.add("QUERY." + f.getName()));
		schema.getMutationType().getFieldDefinitions().forEach((f) -> fields.add("MUTATION." + f.getName()));
		schema.getSubscriptionType().getFieldDefinitions().forEach((f) -> fields.add("SUBSCRIPTION." + f.getName()));
		assertThat(covered).containsExactlyElementsOf(fields);
		assertThat(fields.stream().filter((f) -> f.startsWith("QUERY."))).hasSize(26);
		assertThat(fields.stream().filter((f) -> f.startsWith("MUTATION."))).hasSize(23);
		assertThat(fields.stream().filter((f) -> f.startsWith("SUBSCRIPTION."))).hasSize(1);
	}

	@Test
	void fragmentsAreAppendedOnceEach() {
		String events = new Documents().document("events");
		assertThat(events).startsWith("query Events(");
		assertThat(events.split("fragment ProvenanceFields on Provenance", -1)).hasSize(2);
		assertThat(events).contains("fragment EventFields on Event", "fragment ForumRefFields on Forum",
				"fragment PageInfoFields on PageInfo");
	}

}
