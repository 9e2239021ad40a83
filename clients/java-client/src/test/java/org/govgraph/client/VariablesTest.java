package org.govgraph.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govgraph.client.model.EventFilter;
import org.govgraph.client.model.EventKind;
import org.govgraph.client.model.ProvenanceInput;
import org.govgraph.client.model.ProvenanceKind;
import org.govgraph.client.model.UpdateTopicInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs become the JSON GraphQL expects: null components left out, cleared fields sent as null, enums by name. */
class VariablesTest {

	final Requests requests = new Requests(null, GovernanceGraphClient.jsonMapper(), RetryPolicy.NONE, (d) -> {
	}, java.time.Clock.systemUTC(), null);

	@Test
	void nullVariablesAreLeftOutSoTheSchemaDefaultsApply() {
		assertThat(this.requests.variables("from", "a", "to", "b", "maxHops", null)).isEqualTo(Map.of("from", "a", "to", "b"));
	}

	@Test
	void inputsWithoutTheirNullsAndEnumsByName() {
		var filter = new EventFilter("ITU", null, "2013", null, null, null, List.of(EventKind.MEETING), null, null, null);
		assertThat(this.requests.variables("filter", filter))
			.isEqualTo(Map.of("filter", Map.of("forum", "ITU", "from", "2013", "kinds", List.of("MEETING"))));
	}

	@Test
	void anUpdateSendsItsClearedFieldsAsNullAndNotTheClearSetItself() {
		var quote = new ProvenanceInput("s", "para_1", "q", ProvenanceKind.QUOTED, null, null, null, null, null);
		var update = new UpdateTopicInput("id", 2, "New", null, null, List.of(quote), null, Set.of("description"));
		var expected = new LinkedHashMap<String, Object>();
		expected.put("id", "id");
		expected.put("expectedVersion", 2);
		expected.put("name", "New");
		expected.put("provenance", List.of(Map.of("source", "s", "locator", "para_1", "quote", "q", "kind", "QUOTED")));
		expected.put("description", null);
		assertThat(this.requests.toJson(update)).isEqualTo(expected);
	}

}
