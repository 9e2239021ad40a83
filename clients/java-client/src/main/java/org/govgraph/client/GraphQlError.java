package org.govgraph.client;

import java.util.List;
import java.util.Map;

/**
 * One error of a GraphQL response as the API sends it: the message, the path of the field it is
 * about (empty for a request error), and the extensions the API puts on every error.
 *
 * @param message the error's message, for people
 * @param path the path of the field the error is about, e.g. {@code [forum]}; empty for a request error
 * @param classification {@code extensions.classification}, e.g. {@code NOT_FOUND}
 * @param argument {@code extensions.argument}: the argument the error is about, when it names one
 * @param correlationId {@code extensions.correlationId}: the id the server logged the request under
 * @param extensions all the extensions, as sent
 */
public record GraphQlError(String message, List<Object> path, String classification, String argument,
		String correlationId, Map<String, Object> extensions) {

	public GraphQlError {
		path = (path != null) ? List.copyOf(path) : List.of();
		extensions = (extensions != null) ? Map.copyOf(extensions) : Map.of();
	}

	/** An error from its JSON form ({@code message}, {@code path}, {@code extensions}). */
	@SuppressWarnings("unchecked")
	static GraphQlError of(String message, List<?> path, Map<String, ?> extensions) {
		Map<String, Object> ext = (extensions != null) ? new java.util.LinkedHashMap<>(extensions) : Map.of();
		ext = ext.entrySet()
			.stream()
			.filter((e) -> e.getKey() != null && e.getValue() != null)
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<Object> p = (path != null) ? List.copyOf((List<Object>) path) : List.of();
		return new GraphQlError((message != null) ? message : "", p, text(ext.get("classification")),
				text(ext.get("argument")), text(ext.get("correlationId")), ext);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
