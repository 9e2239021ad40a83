package org.govgraph.api.http;

import java.util.List;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

/** Which operation a request selects, decided on the parsed document alone, before validation or execution. */
final class Operations {

	private Operations() {
	}

	/** The document, or null when it does not parse (execution then reports why). */
	static Document parse(String query) {
		try {
			return Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(query)
				.parserOptions(ParserOptions.getDefaultOperationParserOptions())
				.build());
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
	}

	/**
	 * The kind of operation selected: the one named {@code operationName}, or the only one when no
	 * name is given; null when the document is null or names no such operation.
	 */
	static OperationDefinition.Operation selected(Document document, String operationName) {
		if (document == null) {
			return null;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		OperationDefinition selected = null;
		if (operationName != null) {
			selected = operations.stream().filter((op) -> operationName.equals(op.getName())).findFirst().orElse(null);
		}
		else if (operations.size() == 1) {
			selected = operations.getFirst();
		}
		return (selected != null) ? selected.getOperation() : null;
	}

}
