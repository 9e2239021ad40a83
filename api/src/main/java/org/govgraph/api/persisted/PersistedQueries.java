package org.govgraph.api.persisted;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;

/**
 * The documents clients registered as automatic persisted queries, parsed and validated, by the
 * SHA-256 of their text: a bounded cache (at most {@code maxEntries} documents and
 * {@code maxTotalSize} bytes of document text; the least used go first). Only documents that
 * parsed and validated are kept.
 */
public class PersistedQueries implements PersistedQueryCache {

	private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");

	private final Cache<String, Stored> documents;

	private record Stored(PreparsedDocumentEntry entry, int size) {
	}

	/**
	 * @param maxEntries the most documents kept
	 * @param maxTotalBytes the most bytes of document text kept
	 */
	public PersistedQueries(int maxEntries, long maxTotalBytes) {
		// Every document weighs at least an equal share of the total, so both bounds hold with one weigher.
		int share = (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxTotalBytes / Math.max(1, maxEntries)));
		this.documents = Caffeine.newBuilder()
			.maximumWeight(maxTotalBytes)
			.weigher((String hash, Stored stored) -> Math.max(share, stored.size()))
			.build();
	}

	/** The hash of the persisted query the extensions name, when {@code persistedQuery.sha256Hash} is a SHA-256 in hex. */
	public static Optional<String> hash(Map<String, Object> extensions) {
		if (extensions != null && extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash && SHA_256.matcher(hash).matches()) {
			return Optional.of(hash.toLowerCase(Locale.ROOT));
		}
		return Optional.empty();
	}

	/** The registered document with this SHA-256 (hex, any case), if there is one. */
	public Optional<Document> document(String sha256Hash) {
		Stored stored = this.documents.getIfPresent(sha256Hash.toLowerCase(Locale.ROOT));
		return Optional.ofNullable(stored).map((s) -> s.entry().getDocument());
	}

	/** How many documents are registered now. */
	public long size() {
		this.documents.cleanUp();
		return this.documents.estimatedSize();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput executionInput, PersistedQueryCacheMiss onCacheMiss) throws PersistedQueryNotFound {
		String key = persistedQueryId.toString().toLowerCase(Locale.ROOT);
		Stored stored = this.documents.getIfPresent(key);
		if (stored != null) {
			return CompletableFuture.completedFuture(stored.entry());
		}
		String query = executionInput.getQuery();
		if (query == null || query.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query)) {
			throw new PersistedQueryNotFound(persistedQueryId);
		}
		// Checks the hash against the query (PersistedQueryIdInvalid), then parses and validates it.
		PreparsedDocumentEntry entry = onCacheMiss.apply(query);
		if (!entry.hasErrors()) {
			this.documents.put(key, new Stored(entry, query.getBytes(StandardCharsets.UTF_8).length));
		}
		return CompletableFuture.completedFuture(entry);
	}

}
