package org.govgraph.clients.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The machine's CPU from {@code /proc/stat}, and the share other processes took. */
class MachineCpuTest {

	/** A real two-core {@code /proc/stat} head: user nice system idle iowait irq softirq steal guest guest_nice. */
	static final String STAT = """
			cpu  151862 12 13071 2339117 337 0 1225 40 0 0
			cpu0 76001 6 6500 1169000 170 0 600 20 0 0
			cpu1 75861 6 6571 1170117 167 0 625 20 0 0
			intr 1234567 0 0
			""";

	@Test
	void theAggregateLineIsBusyAndTotalTicks() {
		var cpu = MachineCpu.parse(STAT);
		assertThat(cpu.busyTicks()).isEqualTo(151862 + 12 + 13071 + 0 + 1225 + 40);
		assertThat(cpu.totalTicks()).isEqualTo(151862 + 12 + 13071 + 0 + 1225 + 40 + 2339117 + 337);
	}

	@Test
	void otherProcessesGetWhatIsBusyBeyondTheKnownTicks() {
		var before = new MachineCpu(1000, 10_000);
		var after = new MachineCpu(1150, 10_200);
		assertThat(after.otherPercentSince(before, 100)).isEqualTo(25.0);
		assertThat(after.otherPercentSince(before, 150)).isZero();
		// Tick rounding can make the known processes look busier than the machine: never below 0.
		assertThat(after.otherPercentSince(before, 160)).isZero();
		assertThat(before.otherPercentSince(before, 0)).isZero();
	}

	@Test
	void thisMachineHasACpuLine() {
		assertThat(MachineCpu.now().totalTicks()).isPositive();
		assertThatIllegalArgumentException().isThrownBy(() -> MachineCpu.parse("intr 1 2 3\n"));
	}

}
