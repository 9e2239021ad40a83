package org.govgraph.clients.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sums of samples in the Prometheus text exposition format, as {@code /actuator/prometheus} serves it: every line
 * of a metric (whatever its labels), or only those whose labels include given values.
 */
final class PrometheusText {

	/** One {@code name="value"} pair of a sample's labels (values as written, escapes kept). */
	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private PrometheusText() {
	}

	/** The sum of every sample of {@code metric}; 0 when there is none. */
	static double sum(String text, String metric) {
		return sum(text, metric, Map.of());
	}

	/** The sum of the samples of {@code metric} that carry each of these label values. */
	static double sum(String text, String metric, Map<String, String> labels) {
		double sum = 0;
		for (String line : text.split("\n")) {
			if (line.isEmpty() || line.startsWith("#") || !line.startsWith(metric)) {
				continue;
			}
			String rest = line.substring(metric.length());
			String labelText = "";
			if (rest.startsWith("{")) {
				int close = rest.indexOf('}');
				if (close < 0) {
					continue;
				}
				labelText = rest.substring(1, close);
				rest = rest.substring(close + 1);
			}
			else if (!rest.startsWith(" ")) {
				// Another metric whose name starts with this one (e.g. metric_created).
				continue;
			}
			if (!hasLabels(labelText, labels)) {
				continue;
			}
			String[] value = rest.trim().split("\\s+");
			sum += Double.parseDouble(value[0]);
		}
		return sum;
	}

	private static boolean hasLabels(String labelText, Map<String, String> labels) {
		var found = new HashMap<String, String>();
		LABEL.matcher(labelText).results().forEach((m) -> found.put(m.group(1), m.group(2)));
		return labels.entrySet().stream().allMatch((e) -> e.getValue().equals(found.get(e.getKey())));
	}

}
