package org.govgraph.api.limits;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits every GraphQL request is held to, checked before anything executes (a subscription's
 * at its start; its events are each held to the request timeout and the response size).
 *
 * @param maxDocumentSize the largest GraphQL document accepted
 * @param maxTokens the most parser tokens a document may have
 * @param maxDepth the deepest field nesting (introspection fields excepted)
 * @param maxAliases the most aliased fields in a request
 * @param maxFirst the largest page a connection may be asked for
 * @param maxCost the largest cost one request may have; connections multiply the cost of
 * what they select by their {@code first}
 * @param costPerMinute the cost points one client (API key, or remote address) may spend per minute
 * @param requestTimeout how long a request may run; its Neo4j transactions are bounded by it too
 * @param rejectionCost the cost points a request refused by a limit takes from its client's budget
 * @param maxResponseSize the largest response a request may build; past it the execution stops
 * @param apiKeys the API keys this API issued: a request with one of them in {@code X-API-Key}
 * spends that key's budget; any other key is ignored, and the request spends its address's
 * (behind a reverse proxy, the address Tomcat's {@code RemoteIpValve} takes from
 * {@code X-Forwarded-For} when the proxy is listed in {@code server.tomcat.remoteip.internal-proxies})
 * @param refusalDelay how long the 429 of a client whose budget is spent is held back (0: not at all)
 * @param subscriptionsPerClient the most subscriptions one client may hold open at once on this instance
 */
@ConfigurationProperties("govgraph.limits")
public record LimitsProperties(@DefaultValue("64KB") DataSize maxDocumentSize, @DefaultValue("15000") int maxTokens,
		@DefaultValue("12") int maxDepth, @DefaultValue("30") int maxAliases, @DefaultValue("100") int maxFirst,
		@DefaultValue("25000") int maxCost, @DefaultValue("100000") int costPerMinute,
		@DefaultValue("5s") Duration requestTimeout, @DefaultValue("1000") int rejectionCost,
		@DefaultValue("4MB") DataSize maxResponseSize, @DefaultValue({}) Set<String> apiKeys,
		@DefaultValue("200ms") Duration refusalDelay, @DefaultValue("16") int subscriptionsPerClient) {

	/** What a request body may hold besides its document (variables, operation name, extensions). */
	public static final long ENVELOPE = 64 * 1024;

}
