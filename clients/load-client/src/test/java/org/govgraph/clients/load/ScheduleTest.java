package org.govgraph.clients.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScheduleTest {

	@Test
	void requestsAreDueAtFixedIntervalsComputedFromTheirIndexWithoutDrift() {
		var schedule = new Schedule(3, 2, 5);
		assertThat(schedule.dueOffsetNanos(0)).isZero();
		assertThat(schedule.dueOffsetNanos(1)).isEqualTo(333_333_333L);
		assertThat(schedule.dueOffsetNanos(2)).isEqualTo(666_666_666L);
		assertThat(schedule.dueOffsetNanos(3)).isEqualTo(1_000_000_000L);
		assertThat(schedule.dueOffsetNanos(20)).isEqualTo(6_666_666_666L);
		// One day at 50/s: still exact, no accumulated rounding.
		assertThat(new Schedule(50, 0, 86_400).dueOffsetNanos(4_320_000)).isEqualTo(86_400_000_000_000L);
	}

	@Test
	void warmUpRequestsAreSentButNotRecorded() {
		var schedule = new Schedule(3, 2, 5);
		assertThat(schedule.count()).isEqualTo(21);
		assertThat(schedule.recordedCount()).isEqualTo(15);
		assertThat(schedule.totalNanos()).isEqualTo(7_000_000_000L);
		assertThat(schedule.isRecorded(5)).isFalse();
		assertThat(schedule.isRecorded(6)).isTrue();
		assertThat(schedule.dueOffsetNanos(6)).isEqualTo(2_000_000_000L);
		long recorded = java.util.stream.LongStream.range(0, schedule.count()).filter(schedule::isRecorded).count();
		assertThat(recorded).isEqualTo(schedule.recordedCount());
		assertThat(new Schedule(50, 0, 30).recordedCount()).isEqualTo(1_500);
	}

	@Test
	void latencyIsMeasuredFromTheDueTimeNotFromTheActualSend() {
		var schedule = new Schedule(4, 0, 1);
		long start = 1_000;
		// Request 2 is due at start + 500 ms; it left late (the client or server stalled) and completed 30 ms after
		// its due time: its latency is 30 ms, whatever the delay before it left.
		assertThat(schedule.latencyNanos(start, 2, start + 530_000_000L)).isEqualTo(30_000_000L);
		assertThat(schedule.latencyNanos(start, 0, start + 7)).isEqualTo(7);
	}

	@Test
	void refusesAnEmptySchedule() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Schedule(0, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Schedule(1, 1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Schedule(1, -1, 1));
	}

}
