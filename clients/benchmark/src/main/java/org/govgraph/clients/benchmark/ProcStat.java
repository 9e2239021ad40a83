package org.govgraph.clients.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used, from its {@code /proc/<pid>/stat} line: {@code utime} and {@code stime}
 * (fields 14 and 15, in clock ticks). The process name (field 2) is in parentheses and may itself hold spaces
 * and parentheses, so the fields are counted from the last {@code )}.
 *
 * @param userTicks user-mode CPU time, in clock ticks
 * @param systemTicks kernel-mode CPU time, in clock ticks
 */
record ProcStat(long userTicks, long systemTicks) {

	/** Clock ticks per second on Linux unless {@code getconf CLK_TCK} says otherwise. */
	static final long DEFAULT_CLOCK_TICKS = 100;

	/** Parses one {@code /proc/<pid>/stat} line. */
	static ProcStat parse(String line) {
		int end = line.lastIndexOf(')');
		if (end < 0) {
			throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
		}
		// After the name: field 3 (state) is at index 0, so field n is at index n - 3.
		String[] fields = line.substring(end + 1).trim().split("\\s+");
		if (fields.length < 13) {
			throw new IllegalArgumentException("too few fields in /proc/<pid>/stat line: " + line);
		}
		return new ProcStat(Long.parseLong(fields[14 - 3]), Long.parseLong(fields[15 - 3]));
	}

	/** The process's counters now. */
	static ProcStat of(long pid) {
		try {
			return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long totalTicks() {
		return this.userTicks + this.systemTicks;
	}

	/** The CPU time used between {@code before} and this, in milliseconds. */
	double millisSince(ProcStat before, long clockTicksPerSecond) {
		return (totalTicks() - before.totalTicks()) * 1000.0 / clockTicksPerSecond;
	}

	/** {@code getconf CLK_TCK}, or {@value #DEFAULT_CLOCK_TICKS} when it cannot be asked. */
	static long clockTicksPerSecond() {
		try {
			var process = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes()).trim();
			return process.waitFor() == 0 ? Long.parseLong(out) : DEFAULT_CLOCK_TICKS;
		}
		catch (IOException | NumberFormatException ex) {
			return DEFAULT_CLOCK_TICKS;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return DEFAULT_CLOCK_TICKS;
		}
	}

}
