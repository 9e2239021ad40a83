package org.govgraph.api.limits;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a request is charged to: a subject, an issued key, the process's own warm-up key, or an address. */
class ClientBudgetsTest {

	private static ClientBudgets budgets() {
		return new ClientBudgets(new LimitsProperties(DataSize.ofKilobytes(64), 15_000, 12, 30, 100, 25_000, 500,
				Duration.ofSeconds(5), 100, DataSize.ofMegabytes(4), Set.of("issued-key"), Duration.ZERO, 16));
	}

	@Test
	void theWarmUpKeyIsAClientOfItsOwnKnownOnlyToItsProcess() {
		var budgets = budgets();
		var other = budgets();
		String key = budgets.warmUpKey();
		assertThat(key).hasSize(36).isNotEqualTo(other.warmUpKey());
		assertThat(budgets.clientKey(key, "127.0.0.1")).isEqualTo(ClientBudgets.WARM_UP);
		// another process's warm-up key, or a near miss, is no key at all: the address pays
		assertThat(budgets.clientKey(other.warmUpKey(), "127.0.0.1")).isEqualTo("address:127.0.0.1");
		assertThat(budgets.clientKey(key + " ", "127.0.0.1")).isEqualTo("address:127.0.0.1");
		assertThat(budgets.clientKey("issued-key", "127.0.0.1")).isEqualTo("key:issued-key");
		assertThat(budgets.clientKey(null, null)).isEqualTo("anonymous");
	}

	@Test
	void spendingAsTheWarmUpLeavesTheAddresssBudgetWhole() {
		var budgets = budgets();
		var spend = budgets.spend(budgets.clientKey(budgets.warmUpKey(), "127.0.0.1"), 301);
		assertThat(spend.allowed()).isTrue();
		assertThat(spend.remaining()).isEqualTo(199);
		assertThat(budgets.remaining("address:127.0.0.1")).isEqualTo(500);
	}

}
