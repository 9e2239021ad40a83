package org.govgraph.api.persisted;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;

import org.springframework.graphql.execution.ErrorType;

/**
 * Automatic persisted queries as Apollo's persisted-query link and urql's persistedExchange speak
 * them ({@code extensions.persistedQuery = {version: 1, sha256Hash}}): graphql-java's
 * {@link ApolloPersistedQuerySupport} over {@link PersistedQueries}, with the errors those clients
 * look for, {@code PersistedQueryNotFound} with {@code extensions.code}
 * {@code PERSISTED_QUERY_NOT_FOUND} (the client then sends the query with its hash), and typed
 * {@code BAD_REQUEST}s for a hash that is not the query's or a malformed extension.
 * <p>
 * A request without the extension is parsed and validated once per document text: what parsed
 * and validated is kept in a bounded cache of its own (by the text itself, so it never answers
 * a hash), and the next request with the same text skips both steps.
 */
public class AutomaticPersistedQueries extends ApolloPersistedQuerySupport {

	/** {@code extensions.code} of an unknown hash, as Apollo and urql expect it. */
	public static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

	/** {@code extensions.code} of a hash that is not the SHA-256 of the query sent with it. */
	public static final String HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";

	/** {@code extensions.code} of a {@code persistedQuery} extension that is not {@code {version: 1, sha256Hash}}. */
	public static final String INVALID = "PERSISTED_QUERY_INVALID";

	private final Cache<String, PreparsedDocumentEntry> parsed;

	/**
	 * @param cache where registered documents are kept
	 * @param parsedMaxBytes the most bytes of document text the cache of plain documents keeps
	 */
	public AutomaticPersistedQueries(PersistedQueries cache, long parsedMaxBytes) {
		super(cache);
		this.parsed = Caffeine.newBuilder()
			.maximumWeight(parsedMaxBytes)
			.weigher((String text, PreparsedDocumentEntry entry) -> text.length())
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidateFunction) {
		Object extension = executionInput.getExtensions().get("persistedQuery");
		if (extension != null && (!(extension instanceof Map<?, ?> persisted) || !isVersion1(persisted.get("version"))
				|| PersistedQueries.hash(executionInput.getExtensions()).isEmpty())) {
			return CompletableFuture.completedFuture(error(ErrorType.BAD_REQUEST,
					"extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": <the SHA-256 of the query, 64 hex digits>}",
					INVALID, null));
		}
		String text = executionInput.getQuery();
		if (extension != null || text == null) {
			return super.getDocumentAsync(executionInput, parseAndValidateFunction);
		}
		PreparsedDocumentEntry entry = this.parsed.getIfPresent(text);
		if (entry == null) {
			entry = parseAndValidateFunction.apply(executionInput);
			if (!entry.hasErrors()) {
				this.parsed.put(text, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	private static boolean isVersion1(Object version) {
		return version instanceof Number number && number.doubleValue() == 1;
	}

	@Override
	protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
		if (error instanceof PersistedQueryIdInvalid invalid) {
			return error(ErrorType.BAD_REQUEST,
					"PersistedQueryIdInvalid: the sha256Hash is not the SHA-256 of the query sent with it (hex of the query's UTF-8 bytes)",
					HASH_MISMATCH, invalid.getPersistedQueryId());
		}
		Object id = (error instanceof PersistedQueryNotFound notFound) ? notFound.getPersistedQueryId() : null;
		return error(error, error.getMessage(), NOT_FOUND, id);
	}

	private static PreparsedDocumentEntry error(graphql.ErrorClassification classification, String message, String code,
			Object persistedQueryId) {
		var extensions = new LinkedHashMap<String, Object>();
		extensions.put("code", code);
		if (persistedQueryId != null) {
			extensions.put("persistedQueryId", persistedQueryId);
		}
		return new PreparsedDocumentEntry(
				GraphqlErrorBuilder.newError().errorType(classification).message(message).extensions(extensions).build());
	}

}
