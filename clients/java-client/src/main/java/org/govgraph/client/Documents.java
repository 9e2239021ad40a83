package org.govgraph.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.graphql.support.DocumentSource;

/**
 * The client's GraphQL documents: {@code graphql-documents/<name>.graphql} on the class path, each
 * one named operation, followed by the fragments it spreads (transitively) from
 * {@code graphql-documents/fragments/<Fragment>.graphql}. So each record's selection is written
 * once, in its fragment, and every operation that returns it selects the same fields.
 */
public final class Documents implements DocumentSource {

	/** Where the documents are, on the class path. */
	public static final String LOCATION = "graphql-documents/";

	private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.\\s*([A-Z][A-Za-z0-9_]*)");

	private final Map<String, String> cache = new ConcurrentHashMap<>();

	@Override
	public Mono<String> getDocument(String name) {
		return Mono.fromCallable(() -> document(name));
	}

	/** The document of this name with the fragments it uses appended. */
	public String document(String name) {
		return this.cache.computeIfAbsent(name, this::load);
	}

	private String load(String name) {
		String operation = read(LOCATION + name + ".graphql");
		var fragments = new LinkedHashSet<String>();
		collect(operation, fragments);
		var text = new StringBuilder(operation);
		for (String fragment : fragments) {
			text.append('\n').append(fragment(fragment));
		}
		return text.toString();
	}

	private void collect(String text, Set<String> into) {
		Matcher spread = SPREAD.matcher(text);
		while (spread.find()) {
			if (into.add(spread.group(1))) {
				collect(fragment(spread.group(1)), into);
			}
		}
	}

	private static String fragment(String name) {
		return read(LOCATION + "fragments/" + name + ".graphql");
	}

	private static String read(String path) {
		try (InputStream in = Documents.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("No GraphQL document " + path + " on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
