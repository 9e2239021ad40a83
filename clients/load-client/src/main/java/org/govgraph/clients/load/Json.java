package org.govgraph.clients.load;

import java.util.Map;
import java.util.TreeMap;

/** The little JSON the load client writes: GraphQL request bodies of a query and string variables. */
public final class Json {

	private Json() {
	}

	/** {@code {"query": ..., "variables": {...}}}, variables by name; no {@code variables} member when there are none. */
	public static String requestBody(String query, Map<String, String> variables) {
		var body = new StringBuilder(query.length() + 64).append("{\"query\":").append(string(query));
		if (!variables.isEmpty()) {
			body.append(",\"variables\":{");
			boolean first = true;
			for (var entry : new TreeMap<>(variables).entrySet()) {
				body.append(first ? "" : ",").append(string(entry.getKey())).append(':').append(string(entry.getValue()));
				first = false;
			}
			body.append('}');
		}
		return body.append('}').toString();
	}

	/** A JSON string literal. */
	public static String string(String value) {
		var out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
