package org.govgraph.clients.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of request outcomes by group (e.g. a flood document) and outcome: the HTTP status, with
 * {@code " errors"} when the response carries GraphQL errors, or {@code timeout} / {@code io-error} when there was no
 * response. Keeps the first error message seen for each group and outcome as a sample.
 */
public final class Outcomes {

	private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

	private final Map<String, String> samples = new ConcurrentHashMap<>();

	/** The outcome of a response: its status, and whether its body has a top-level {@code errors} member. */
	static String of(int status, boolean graphQlErrors) {
		return graphQlErrors ? status + " errors" : Integer.toString(status);
	}

	/** Whether a response body (or its first bytes) carries GraphQL errors. */
	public static boolean hasGraphQlErrors(String body) {
		return body.contains("\"errors\":[") || body.contains("\"errors\" : [");
	}

	/** The first error message in a body, shortened; null when it has none. */
	public static String firstErrorMessage(String body) {
		int errors = body.indexOf("\"errors\"");
		if (errors < 0) {
			return null;
		}
		int message = body.indexOf("\"message\":\"", errors);
		if (message < 0) {
			return null;
		}
		int start = message + "\"message\":\"".length();
		int end = start;
		while (end < body.length() && body.charAt(end) != '"') {
			end += body.charAt(end) == '\\' ? 2 : 1;
		}
		String text = body.substring(start, Math.min(end, body.length()));
		return text.length() > 160 ? text.substring(0, 160) + "…" : text;
	}

	void add(String group, String outcome) {
		this.counts.computeIfAbsent(group, g -> new ConcurrentHashMap<>())
			.computeIfAbsent(outcome, o -> new LongAdder())
			.increment();
	}

	void sample(String group, String outcome, String message) {
		if (message != null) {
			this.samples.putIfAbsent(group + " | " + outcome, message);
		}
	}

	/** Counts by outcome, over all groups, sorted by outcome. */
	Map<String, Long> total() {
		var total = new TreeMap<String, Long>();
		this.counts.values().forEach(byOutcome -> byOutcome.forEach((o, n) -> total.merge(o, n.sum(), Long::sum)));
		return total;
	}

	/** Counts by group, then outcome, both sorted. */
	Map<String, Map<String, Long>> byGroup() {
		var result = new TreeMap<String, Map<String, Long>>();
		this.counts.forEach((group, byOutcome) -> {
			var sorted = new TreeMap<String, Long>();
			byOutcome.forEach((o, n) -> sorted.put(o, n.sum()));
			result.put(group, sorted);
		});
		return result;
	}

	long sum() {
		return total().values().stream().mapToLong(Long::longValue).sum();
	}

	/** The sample error messages by {@code "group | outcome"}, sorted. */
	Map<String, String> samples() {
		return new TreeMap<>(this.samples);
	}

}
