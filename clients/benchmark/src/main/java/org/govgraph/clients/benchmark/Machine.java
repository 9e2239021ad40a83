package org.govgraph.clients.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine a run measured on.
 *
 * @param cpus available processors
 * @param cpuModel the first {@code model name} of {@code /proc/cpuinfo}
 * @param ramBytes {@code MemTotal} of {@code /proc/meminfo}
 * @param jvm the JDK running the benchmark and the API: vendor, version, VM
 * @param os the operating system and its version
 */
record Machine(int cpus, String cpuModel, long ramBytes, String jvm, String os) {

	static Machine current() {
		return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(read("/proc/cpuinfo")),
				memTotalBytes(read("/proc/meminfo")),
				System.getProperty("java.vendor") + " " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")",
				System.getProperty("os.name") + " " + System.getProperty("os.version"));
	}

	/** The first {@code model name} line's value; {@code unknown} when there is none. */
	static String cpuModel(String cpuinfo) {
		for (String line : cpuinfo.split("\n")) {
			if (line.startsWith("model name")) {
				return line.substring(line.indexOf(':') + 1).trim();
			}
		}
		return "unknown";
	}

	/** {@code MemTotal} in bytes (the file gives kB); 0 when absent. */
	static long memTotalBytes(String meminfo) {
		for (String line : meminfo.split("\n")) {
			if (line.startsWith("MemTotal:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		return 0;
	}

	private static String read(String file) {
		try {
			return Files.readString(Path.of(file));
		}
		catch (IOException ex) {
			return "";
		}
	}

}
