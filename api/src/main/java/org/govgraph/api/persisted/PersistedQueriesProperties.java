package org.govgraph.api.persisted;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the automatic persisted queries cache: what clients register there can never take
 * more than this, however many hashes they send.
 *
 * @param maxEntries the most documents kept
 * @param maxTotalSize the most bytes of document text kept, all documents together (their parsed
 * form, which is what is kept, takes a few times that)
 * @param parsedMaxSize the most bytes of document text kept of the plain documents (sent
 * without a hash) that parsed and validated, so a repeated document skips both
 */
@ConfigurationProperties("govgraph.persisted-queries")
public record PersistedQueriesProperties(@DefaultValue("10000") int maxEntries,
		@DefaultValue("16MB") DataSize maxTotalSize, @DefaultValue("4MB") DataSize parsedMaxSize) {
}
