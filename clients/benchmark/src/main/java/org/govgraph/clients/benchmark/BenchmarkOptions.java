package org.govgraph.clients.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's options, as {@code --name value} or {@code --name=value}.
 *
 * @param apiJar the packaged API to launch
 * @param dataDirectory the embedded Neo4j's data directory; null: a fresh temporary one, deleted at the end
 * @param jvmArgs extra JVM arguments for the API's process
 * @param rate requests per second of the fixed-rate phase
 * @param warmupSeconds unrecorded seconds before the fixed-rate phase's recorded part
 * @param durationSeconds recorded seconds of the fixed-rate phase
 * @param saturationSeconds seconds of each closed-loop run
 * @param workers the closed-loop worker counts tried; the best is kept
 * @param out the markdown report; the chart goes next to it
 * @param queries the canonical queries to run, by name; empty: all
 * @param readySeconds how long the API may take to be ready
 */
record BenchmarkOptions(Path apiJar, Path dataDirectory, List<String> jvmArgs, int rate, int warmupSeconds,
		int durationSeconds, int saturationSeconds, List<Integer> workers, Path out, List<String> queries,
		int readySeconds) {

	static final String USAGE = """
			usage: java -jar clients/benchmark/target/benchmark-0.1.0-SNAPSHOT.jar --api-jar api/target/api-0.1.0-SNAPSHOT.jar
			         [--data-directory DIR] [--jvm-args "-XX:+UseZGC ..."] [--rate 50] [--warmup 3] [--duration 20]
			         [--saturation 4] [--workers 4,8] [--out BENCHMARKS.md] [--queries node,search,...] [--ready-timeout 600]
			Launches the API jar, then measures each canonical query through the API (POST /graphql) and as
			hand-written Cypher through the Neo4j driver on the API's embedded Neo4j (the floor).
			Queries: %s""".formatted(String.join(", ", CanonicalQueries.NAMES));

	BenchmarkOptions {
		jvmArgs = List.copyOf(jvmArgs);
		workers = List.copyOf(workers);
		queries = List.copyOf(queries);
		if (rate < 1 || durationSeconds < 1 || warmupSeconds < 0 || saturationSeconds < 1 || readySeconds < 1) {
			throw new IllegalArgumentException(
					"--rate, --duration, --saturation and --ready-timeout must be at least 1, --warmup at least 0");
		}
		if (workers.isEmpty() || workers.stream().anyMatch((w) -> w < 1)) {
			throw new IllegalArgumentException("--workers must list counts of at least 1, e.g. 4,8");
		}
		for (String query : queries) {
			if (!CanonicalQueries.NAMES.contains(query)) {
				throw new IllegalArgumentException("unknown query '" + query + "'; known: " + CanonicalQueries.NAMES);
			}
		}
	}

	static boolean wantsHelp(String... args) {
		return Arrays.stream(args).anyMatch((a) -> a.equals("--help") || a.equals("-h"));
	}

	static BenchmarkOptions parse(String... args) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument '" + arg + "'");
			}
			int eq = arg.indexOf('=');
			if (eq > 0) {
				values.put(arg.substring(2, eq), arg.substring(eq + 1));
			}
			else if (i + 1 < args.length) {
				values.put(arg.substring(2), args[++i]);
			}
			else {
				throw new IllegalArgumentException("option " + arg + " needs a value");
			}
		}
		var known = List.of("api-jar", "data-directory", "jvm-args", "rate", "warmup", "duration", "saturation", "workers",
				"out", "queries", "ready-timeout");
		for (String name : values.keySet()) {
			if (!known.contains(name)) {
				throw new IllegalArgumentException("unknown option --" + name);
			}
		}
		String jar = values.get("api-jar");
		if (jar == null) {
			throw new IllegalArgumentException("--api-jar is required");
		}
		Path apiJar = Path.of(jar);
		if (!Files.isRegularFile(apiJar)) {
			throw new IllegalArgumentException("--api-jar " + jar + " is not a file (build it: mvn package -pl api -am)");
		}
		String data = values.get("data-directory");
		return new BenchmarkOptions(apiJar, (data != null) ? Path.of(data) : null, words(values.getOrDefault("jvm-args", "")),
				integer(values, "rate", 50), integer(values, "warmup", 3), integer(values, "duration", 20),
				integer(values, "saturation", 4), integers(values.getOrDefault("workers", "4,8")),
				Path.of(values.getOrDefault("out", "BENCHMARKS.md")), list(values.getOrDefault("queries", "")),
				integer(values, "ready-timeout", 600));
	}

	/** The queries to run, in the canonical order. */
	List<String> selectedQueries() {
		return this.queries.isEmpty() ? CanonicalQueries.NAMES
				: CanonicalQueries.NAMES.stream().filter(this.queries::contains).toList();
	}

	private static int integer(Map<String, String> values, String name, int fallback) {
		String value = values.get(name);
		try {
			return (value != null) ? Integer.parseInt(value.trim()) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
		}
	}

	private static List<Integer> integers(String text) {
		try {
			return list(text).stream().map(Integer::valueOf).toList();
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--workers must be whole numbers separated by commas, not '" + text + "'");
		}
	}

	private static List<String> list(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	private static List<String> words(String text) {
		var words = new ArrayList<String>();
		for (String word : text.trim().split("\\s+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
