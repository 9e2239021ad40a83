package org.govgraph.api.neo4j;

import java.util.List;
import java.util.Map;

import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents the app runs before readiness are valid read queries that reach the graph. */
class QueryWarmUpIT extends SeededApiTest {

	@Test
	void everyWarmUpDocumentIsAnsweredWithDataAndNoError() {
		for (String document : QueryWarmUp.DOCUMENTS) {
			var answer = this.http.query(document);
			assertThat(answer.read("$.errors", List.class)).as(document).isNull();
			assertThat(answer.read("$.data", Map.class)).as(document).isNotEmpty();
		}
		var first = this.http.query(QueryWarmUp.DOCUMENTS.getFirst());
		assertThat(first.read("$.data.instruments.totalCount", Integer.class)).isPositive();
		var third = this.http.query(QueryWarmUp.DOCUMENTS.get(2));
		assertThat(third.read("$.data.path.length", Integer.class)).isEqualTo(3);
	}

}
