package org.govgraph.clients.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole machine's CPU time, from the {@code cpu} line of {@code /proc/stat} (clock ticks summed over all
 * cores): how busy it was, so that the CPU other processes took during a measurement can be told apart from the
 * API's and the benchmark's own.
 *
 * @param busyTicks user, nice, system, irq, softirq and steal time
 * @param totalTicks busy time plus idle and iowait
 */
record MachineCpu(long busyTicks, long totalTicks) {

	/** Parses the aggregate {@code cpu} line of {@code /proc/stat}. */
	static MachineCpu parse(String procStat) {
		for (String line : procStat.split("\n")) {
			if (line.startsWith("cpu ")) {
				String[] f = line.trim().split("\\s+");
				long user = Long.parseLong(f[1]);
				long nice = Long.parseLong(f[2]);
				long system = Long.parseLong(f[3]);
				long idle = Long.parseLong(f[4]);
				long iowait = Long.parseLong(f[5]);
				long irq = Long.parseLong(f[6]);
				long softirq = Long.parseLong(f[7]);
				long steal = (f.length > 8) ? Long.parseLong(f[8]) : 0;
				long busy = user + nice + system + irq + softirq + steal;
				return new MachineCpu(busy, busy + idle + iowait);
			}
		}
		throw new IllegalArgumentException("no aggregate cpu line in /proc/stat");
	}

	static MachineCpu now() {
		try {
			return parse(Files.readString(Path.of("/proc/stat")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The share of the machine's CPU, in percent, that processes other than the ones whose ticks are given used
	 * between {@code before} and this; 0 when no time passed.
	 */
	double otherPercentSince(MachineCpu before, long knownTicks) {
		long total = this.totalTicks - before.totalTicks;
		long other = (this.busyTicks - before.busyTicks) - knownTicks;
		return (total > 0) ? Math.max(0, other) * 100.0 / total : 0;
	}

}
