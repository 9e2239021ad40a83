package org.govgraph.api.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A request refused by a limit: it names the limit, the maximum and how much the request
 * asked for. Classified {@code LIMIT_EXCEEDED}, or {@code RATE_LIMITED} for the per-client
 * budget (HTTP 429 with {@code Retry-After}).
 */
public final class LimitError implements GraphQLError {

	/** The classifications of the errors this API reports for its limits. */
	public enum Classification implements ErrorClassification {

		LIMIT_EXCEEDED, RATE_LIMITED, REQUEST_TOO_LARGE, TIMEOUT

	}

	private final Classification classification;

	private final String message;

	private final Map<String, Object> extensions;

	private LimitError(Classification classification, String message, Map<String, Object> extensions) {
		this.classification = classification;
		this.message = message;
		this.extensions = extensions;
	}

	/** A limit exceeded: {@code limit} allows {@code max}, the request has {@code actual}. */
	public static LimitError exceeded(Classification classification, String limit, long max, long actual, String what) {
		var extensions = new LinkedHashMap<String, Object>();
		extensions.put("classification", classification.name());
		extensions.put("limit", limit);
		extensions.put("max", max);
		extensions.put("actual", actual);
		extensions.put("exceededBy", actual - max);
		return new LimitError(classification,
				"The request exceeds the " + limit + " limit: " + what + " " + actual + ", at most " + max + " (over by "
						+ (actual - max) + ")",
				extensions);
	}

	/** The per-client budget is spent; it refills within {@code retryAfterSeconds}. */
	public static LimitError rateLimited(long costPerMinute, long requested, long remaining, long retryAfterSeconds) {
		var extensions = new LinkedHashMap<String, Object>();
		extensions.put("classification", Classification.RATE_LIMITED.name());
		extensions.put("limit", "costPerMinute");
		extensions.put("max", costPerMinute);
		extensions.put("actual", requested);
		extensions.put("exceededBy", requested - remaining);
		extensions.put("retryAfterSeconds", retryAfterSeconds);
		return new LimitError(Classification.RATE_LIMITED,
				"The request costs " + requested + " points but only " + remaining + " of this client's " + costPerMinute
						+ " points per minute are left (short by " + (requested - remaining) + "); retry after "
						+ retryAfterSeconds + " s",
				extensions);
	}

	/** The request ran out of time. */
	public static LimitError timeout(long millis) {
		var extensions = new LinkedHashMap<String, Object>();
		extensions.put("classification", Classification.TIMEOUT.name());
		extensions.put("limit", "timeout");
		extensions.put("max", millis);
		return new LimitError(Classification.TIMEOUT, "The request did not finish within " + millis + " ms", extensions);
	}

	@Override
	public String getMessage() {
		return this.message;
	}

	@Override
	public List<SourceLocation> getLocations() {
		return null;
	}

	@Override
	public ErrorClassification getErrorType() {
		return this.classification;
	}

	@Override
	public Map<String, Object> getExtensions() {
		return this.extensions;
	}

}
