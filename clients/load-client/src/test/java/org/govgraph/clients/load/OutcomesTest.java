package org.govgraph.clients.load;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomesTest {

	@Test
	void anOutcomeIsTheStatusAndWhetherThereWereGraphQlErrors() {
		assertThat(Outcomes.of(200, false)).isEqualTo("200");
		assertThat(Outcomes.of(200, true)).isEqualTo("200 errors");
		assertThat(Outcomes.of(429, false)).isEqualTo("429");
		assertThat(Outcomes.hasGraphQlErrors("{\"errors\":[{\"message\":\"x\"}]}")).isTrue();
		assertThat(Outcomes.hasGraphQlErrors("{\"data\":{\"search\":{\"errors\":1}}}")).isFalse();
	}

	@Test
	void theFirstErrorMessageIsKeptAsASample() {
		String body = "{\"errors\":[{\"message\":\"depth 20 exceeds \\\"12\\\"\",\"extensions\":{}},"
				+ "{\"message\":\"second\"}]}";
		assertThat(Outcomes.firstErrorMessage(body)).isEqualTo("depth 20 exceeds \\\"12\\\"");
		assertThat(Outcomes.firstErrorMessage("{\"data\":{}}")).isNull();
		assertThat(Outcomes.firstErrorMessage("{\"errors\":[{\"message\":\"" + "x".repeat(200) + "\"}]}"))
			.isEqualTo("x".repeat(160) + "…");
	}

	@Test
	void countsAddUpByGroupAndInTotal() {
		var outcomes = new Outcomes();
		outcomes.add("depth-20", "400 errors");
		outcomes.add("depth-20", "400 errors");
		outcomes.add("cost-1M", "429");
		outcomes.add("cost-1M", "400 errors");
		outcomes.sample("cost-1M", "429", "slow down");
		outcomes.sample("cost-1M", "429", "later sample, not kept");
		assertThat(outcomes.total()).isEqualTo(Map.of("400 errors", 3L, "429", 1L));
		assertThat(outcomes.byGroup()).isEqualTo(
				Map.of("depth-20", Map.of("400 errors", 2L), "cost-1M", Map.of("400 errors", 1L, "429", 1L)));
		assertThat(outcomes.sum()).isEqualTo(4);
		assertThat(outcomes.samples()).isEqualTo(Map.of("cost-1M | 429", "slow down"));
	}

	@Test
	void floodThreadsUseTheirOwnKeysOrNone() {
		assertThat(LoadRun.floodApiKey(0)).isNull();
		assertThat(LoadRun.floodApiKey(1)).isEqualTo("flood-1");
		assertThat(LoadRun.floodApiKey(2)).isNull();
		assertThat(LoadRun.floodApiKey(3)).isEqualTo("flood-3");
	}

	@Test
	void aComparisonPassesUpToTheMaximumRatioWithEveryValidRequestAnswered() {
		var baseline = new LatencyStats.Summary(100, 5, 8, 10, 12, 20);
		var atLimit = Report.Comparison.of(baseline, new LatencyStats.Summary(100, 6, 9, 15, 20, 30), 1.5, true);
		assertThat(atLimit.ratio()).isEqualTo(1.5);
		assertThat(atLimit.pass()).isTrue();
		assertThat(atLimit.format())
			.isEqualTo("p99 ratio (flood / baseline): 15.000 / 10.000 ms = 1.50 (max 1.50): PASS");
		var over = Report.Comparison.of(baseline, new LatencyStats.Summary(100, 6, 9, 15.1, 20, 30), 1.5, true);
		assertThat(over.pass()).isFalse();
		var refusedValid = Report.Comparison.of(baseline, baseline, 1.5, false);
		assertThat(refusedValid.ratio()).isEqualTo(1.0);
		assertThat(refusedValid.pass()).isFalse();
		assertThat(refusedValid.format()).isEqualTo("p99 ratio (flood / baseline): 10.000 / 10.000 ms = 1.00 (max 1.50):"
				+ " FAIL (some valid requests did not get a 200 without errors)");
		var empty = new LatencyStats.Summary(0, 0, 0, 0, 0, 0);
		assertThat(Report.Comparison.of(empty, baseline, 1.5, true).pass()).isFalse();
	}

}
