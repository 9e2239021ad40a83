package org.govgraph.api.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Each client's budget of cost points per minute: a token bucket per client, refilled
 * continuously. A client is the subject of its valid bearer token, else the API key it sends
 * when that key is one this API issued ({@code govgraph.limits.api-keys}), otherwise its remote
 * address: a made-up key buys no fresh budget, and a made-up token is refused before it counts.
 * Idle clients are forgotten after ten minutes, and at most 100,000 are tracked at once, however
 * many keys or addresses are seen. The app's own warm-up requests over HTTP send a key made at
 * random when the process starts and never written anywhere ({@link #warmUpKey()}): they spend a
 * budget of their own, {@value #WARM_UP}, not the loopback address's that local clients share.
 */
@Component
public class ClientBudgets {

	private final long perMinute;

	private final Set<String> apiKeys;

	/** The client the app's own warm-up requests are charged to. */
	public static final String WARM_UP = "warm-up";

	/** The header a client may identify itself with; when this API issued the key, its budget is the key's, not its address's. */
	public static final String API_KEY = "X-API-Key";

	private final byte[] warmUpKey = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	public ClientBudgets(LimitsProperties limits) {
		this.perMinute = limits.costPerMinute();
		this.apiKeys = Set.copyOf(limits.apiKeys());
	}

	/** What spending from a budget gave: whether it was allowed, what is left, and when to retry if not. */
	public record Spend(boolean allowed, long remaining, long retryAfterSeconds) {
	}

	/** Spends {@code cost} points of the client's budget, or nothing if the budget does not cover it. */
	public Spend spend(String client, long cost) {
		var probe = bucket(client).tryConsumeAndReturnRemaining(cost);
		if (probe.isConsumed()) {
			return new Spend(true, probe.getRemainingTokens(), 0);
		}
		long seconds = Math.min(60, Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
		return new Spend(false, probe.getRemainingTokens(), seconds);
	}

	/**
	 * Charges a rejected request: as much of {@code points} as the budget holds. A client that
	 * keeps sending requests the limits refuse soon has nothing left, and is then answered
	 * before its requests are even read.
	 */
	public void penalize(String client, long points) {
		bucket(client).tryConsumeAsMuchAsPossible(points);
	}

	/**
	 * Whether the client's budget is all but spent (below one hundredth of a minute's budget,
	 * at most {@code threshold} points, since it refills continuously); if so, in how many
	 * seconds it has that much again.
	 */
	public long exhaustedForSeconds(String client, long threshold) {
		var bucket = this.buckets.getIfPresent(client);
		long floor = Math.max(1, Math.min(threshold, this.perMinute / 100));
		if (bucket == null || bucket.getAvailableTokens() >= floor) {
			return 0;
		}
		long nanos = bucket.estimateAbilityToConsume(floor).getNanosToWaitForRefill();
		return Math.min(60, Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1));
	}

	/**
	 * The request attribute that {@code ClientGateFilter} keeps a request's client in, so the
	 * GraphQL gate charges the same budget.
	 */
	public static final String CLIENT_ATTRIBUTE = ClientBudgets.class.getName() + ".client";

	/** Who a request comes from: the API key it gives when this API issued that key, its remote address otherwise. */
	public String clientKey(String apiKey, String remoteAddress) {
		return clientKey(apiKey, remoteAddress, null);
	}

	/**
	 * Who a request comes from: the authenticated principal ({@code subject:<sub>} of its bearer
	 * token) when there is one, else as {@link #clientKey(String, String)}.
	 */
	public String clientKey(String apiKey, String remoteAddress, Principal principal) {
		if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
			return "subject:" + principal.getName();
		}
		if (apiKey != null && MessageDigest.isEqual(this.warmUpKey, apiKey.getBytes(StandardCharsets.UTF_8))) {
			return WARM_UP;
		}
		if (apiKey != null && this.apiKeys.contains(apiKey.strip())) {
			return "key:" + apiKey.strip();
		}
		return (remoteAddress != null) ? "address:" + remoteAddress : "anonymous";
	}

	/**
	 * The key this process's own warm-up sends with its requests over HTTP ({@code X-API-Key}):
	 * random per process, known only inside it, and charged to {@value #WARM_UP}.
	 */
	public String warmUpKey() {
		return new String(this.warmUpKey, StandardCharsets.US_ASCII);
	}

	/** What is left of the client's budget, without spending any. */
	public long remaining(String client) {
		var bucket = this.buckets.getIfPresent(client);
		return (bucket != null) ? bucket.getAvailableTokens() : this.perMinute;
	}

	private Bucket bucket(String client) {
		return this.buckets.get(client, (key) -> Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.perMinute).refillGreedy(this.perMinute, Duration.ofMinutes(1)))
			.build());
	}

	public long perMinute() {
		return this.perMinute;
	}

}
