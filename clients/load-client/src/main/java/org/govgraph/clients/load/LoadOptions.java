package org.govgraph.clients.load;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The load client's options, from {@code --name=value} arguments ({@code --compare} and {@code --help} may stand
 * alone).
 *
 * @param url where the GraphQL endpoint is (loopback only)
 * @param rate valid requests per second, sent open-loop at fixed intervals
 * @param duration how long the recorded part of a run lasts
 * @param warmup how long the unrecorded warm-up before it lasts
 * @param floodThreads how many threads send abusive queries in a loop, as fast as they can (0: no flood)
 * @param apiKey the {@code X-API-Key} of valid requests; empty for none
 * @param compare run a baseline without flood, then the same run with the flood, and compare their p99
 * @param maxRatio the largest acceptable flood p99 / baseline p99 in compare mode
 * @param maxInFlight the most valid requests in flight at once (the bound of the virtual-thread pool)
 * @param timeout how long one request may take before it counts as a timeout
 */
record LoadOptions(URI url, int rate, Duration duration, Duration warmup, int floodThreads, String apiKey,
		boolean compare, double maxRatio, int maxInFlight, Duration timeout) {

	static final String USAGE = """
			Usage: java -jar clients/target/clients-0.1.0-SNAPSHOT.jar [--name=value ...]   (java of JDK 25)
			  --url=URL            GraphQL endpoint, loopback only (default http://127.0.0.1:8080/graphql)
			  --rate=N             valid requests per second, open-loop (default 50)
			  --duration=S         recorded seconds (default 30)
			  --warmup=S           unrecorded warm-up seconds (default 10)
			  --flood-threads=N    threads flooding abusive queries (default 0 = no flood)
			  --api-key=KEY        X-API-Key of valid requests (default loadclient-valid; empty for none)
			  --compare            baseline run without flood, then the flood run; exit 1 when p99 ratio > --max-ratio
			  --max-ratio=X        largest acceptable p99 ratio in compare mode (default 1.5)
			  --max-in-flight=N    most valid requests in flight at once (default 200)
			  --timeout=S          request timeout in seconds (default 10)
			  --help               this text""";

	static final String DEFAULT_URL = "http://127.0.0.1:8080/graphql";

	static final String DEFAULT_API_KEY = "loadclient-valid";

	private static final Set<String> NAMES = Set.of("url", "rate", "duration", "warmup", "flood-threads", "api-key",
			"compare", "max-ratio", "max-in-flight", "timeout", "help");

	/** True when the arguments ask for the usage text. */
	static boolean wantsHelp(String... args) {
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				return true;
			}
		}
		return false;
	}

	/** The options these arguments give; an {@link IllegalArgumentException} naming the first bad one. */
	static LoadOptions parse(String... args) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("expected --name=value, got: " + arg);
			}
			int eq = arg.indexOf('=');
			String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
			String value = eq < 0 ? null : arg.substring(eq + 1);
			if (!NAMES.contains(name)) {
				throw new IllegalArgumentException("unknown option: --" + name);
			}
			if (values.containsKey(name)) {
				throw new IllegalArgumentException("option given twice: --" + name);
			}
			if (value == null && !name.equals("compare") && !name.equals("help")) {
				throw new IllegalArgumentException("--" + name + " needs a value: --" + name + "=...");
			}
			values.put(name, value);
		}
		URI url = LoopbackUrls.requireLoopback(values.getOrDefault("url", DEFAULT_URL));
		int rate = intOption(values, "rate", 50, 1);
		int duration = intOption(values, "duration", 30, 1);
		int warmup = intOption(values, "warmup", 10, 0);
		int floodThreads = intOption(values, "flood-threads", 0, 0);
		String apiKey = values.getOrDefault("api-key", DEFAULT_API_KEY);
		boolean compare = booleanOption(values, "compare");
		double maxRatio = doubleOption(values, "max-ratio", 1.5);
		int maxInFlight = intOption(values, "max-in-flight", 200, 1);
		int timeout = intOption(values, "timeout", 10, 1);
		if (compare && floodThreads == 0) {
			throw new IllegalArgumentException("--compare needs --flood-threads greater than 0");
		}
		return new LoadOptions(url, rate, Duration.ofSeconds(duration), Duration.ofSeconds(warmup), floodThreads,
				apiKey, compare, maxRatio, maxInFlight, Duration.ofSeconds(timeout));
	}

	/** These options without the flood: the baseline of a comparison. */
	LoadOptions withoutFlood() {
		return new LoadOptions(this.url, this.rate, this.duration, this.warmup, 0, this.apiKey, false, this.maxRatio,
				this.maxInFlight, this.timeout);
	}

	private static int intOption(Map<String, String> values, String name, int defaultValue, int min) {
		String value = values.get(name);
		if (value == null) {
			return defaultValue;
		}
		int parsed;
		try {
			parsed = Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number, got: " + value);
		}
		if (parsed < min) {
			throw new IllegalArgumentException("--" + name + " must be at least " + min + ", got: " + value);
		}
		return parsed;
	}

	private static double doubleOption(Map<String, String> values, String name, double defaultValue) {
		String value = values.get(name);
		if (value == null) {
			return defaultValue;
		}
		double parsed;
		try {
			parsed = Double.parseDouble(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a number, got: " + value);
		}
		if (!(parsed > 0) || Double.isInfinite(parsed)) {
			throw new IllegalArgumentException("--" + name + " must be a positive number, got: " + value);
		}
		return parsed;
	}

	private static boolean booleanOption(Map<String, String> values, String name) {
		if (!values.containsKey(name)) {
			return false;
		}
		String value = values.get(name);
		if (value == null || value.equals("true")) {
			return true;
		}
		if (value.equals("false")) {
			return false;
		}
		throw new IllegalArgumentException("--" + name + " takes no value, or true or false, got: " + value);
	}

}
