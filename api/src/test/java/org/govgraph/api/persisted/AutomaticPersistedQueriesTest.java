package org.govgraph.api.persisted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain document (no hash) is parsed and validated once per text; what failed is parsed again. */
class AutomaticPersistedQueriesTest {

	private final List<String> parsedTexts = new ArrayList<>();

	/** Parses like graphql-java's step would, recording each text it is asked for; {@code broken} fails validation. */
	private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = (input) -> {
		this.parsedTexts.add(input.getQuery());
		if (input.getQuery().contains("broken")) {
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("no field 'broken'").build());
		}
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	private final AutomaticPersistedQueries support = new AutomaticPersistedQueries(new PersistedQueries(10, 1 << 20),
			1 << 20);

	private PreparsedDocumentEntry document(String text) {
		return this.support.getDocumentAsync(ExecutionInput.newExecutionInput(text).build(), this.parseAndValidate)
			.join();
	}

	@Test
	void theSameTextIsParsedOnceAndItsDocumentReused() {
		var first = document("{ fora { edges { node { key } } } }");
		var second = document("{ fora { edges { node { key } } } }");
		var other = document("{ topics { key } }");
		assertThat(second).isSameAs(first);
		assertThat(other.getDocument()).isNotEqualTo(first.getDocument());
		assertThat(this.parsedTexts).containsExactly("{ fora { edges { node { key } } } }", "{ topics { key } }");
	}

	@Test
	void aDocumentWithErrorsIsNotKept() {
		assertThat(document("{ broken }").hasErrors()).isTrue();
		assertThat(document("{ broken }").hasErrors()).isTrue();
		assertThat(this.parsedTexts).containsExactly("{ broken }", "{ broken }");
	}

	@Test
	void aPlainDocumentIsNotRegisteredUnderItsHash() throws Exception {
		String text = "{ fora { edges { node { key } } } }";
		document(text);
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		var byHash = ExecutionInput.newExecutionInput(PersistedQuerySupport.PERSISTED_QUERY_MARKER)
			.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))
			.build();
		var answer = this.support.getDocumentAsync(byHash, this.parseAndValidate).join();
		assertThat(answer.hasErrors()).isTrue();
		assertThat(answer.getErrors().getFirst().getExtensions()).containsEntry("code", AutomaticPersistedQueries.NOT_FOUND);
	}

}
