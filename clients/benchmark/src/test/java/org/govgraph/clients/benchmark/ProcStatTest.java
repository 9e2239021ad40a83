package org.govgraph.clients.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Reading CPU time from {@code /proc/<pid>/stat}. */
class ProcStatTest {

	/** A real line (a JVM's) whose process name holds spaces and both parentheses; utime 1534, stime 287. */
	static final String LINE = "4908 (java (api) ) x) S 4900 4908 4900 0 -1 4194560 123456 0 12 0 1534 287 3 1 20 0 57 0"
			+ " 1159620 5000000000 100000 18446744073709551615 93869632954368 93869632974249 140735710282928 0 0 0 0 0"
			+ " 0 0 0 0 17 1 0 0 0 0 0 93869632990256 93869632991872 93870681911296 140735710284514 140735710284534"
			+ " 140735710284534 140735710285803 0";

	@Test
	void fieldsAreCountedFromTheLastParenthesisOfTheName() {
		var stat = ProcStat.parse(LINE);
		assertThat(stat.userTicks()).isEqualTo(1534);
		assertThat(stat.systemTicks()).isEqualTo(287);
		assertThat(stat.totalTicks()).isEqualTo(1821);
	}

	@Test
	void aPlainNameParsesTheSame() {
		var stat = ProcStat.parse("6606 (cat) R 6604 6604 32582 0 -1 4194304 103 0 0 0 7 2 0 0 20 0 1 0 1159620 3133440");
		assertThat(stat).isEqualTo(new ProcStat(7, 2));
	}

	@Test
	void cpuMillisBetweenTwoReadingsFollowTheClockTicks() {
		var before = new ProcStat(1000, 200);
		var after = ProcStat.parse(LINE);
		assertThat(after.millisSince(before, 100)).isEqualTo(6210.0);
		assertThat(after.millisSince(before, 250)).isEqualTo(2484.0);
	}

	@Test
	void thisProcessHasUsedSomeCpu() {
		var stat = ProcStat.of(ProcessHandle.current().pid());
		assertThat(stat.totalTicks()).isPositive();
	}

	@Test
	void aLineWithoutNameOrFieldsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.parse("4908 java S 1 2 3"))
			.withMessageContaining("not a /proc/<pid>/stat line");
		assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.parse("4908 (java) S 1 2 3"))
			.withMessageContaining("too few fields");
	}

}
