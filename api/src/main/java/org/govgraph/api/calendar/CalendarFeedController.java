package org.govgraph.api.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govgraph.api.errors.CorrelationId;
import org.govgraph.api.errors.JsonErrors;
import org.govgraph.api.limits.ClientBudgets;
import org.govgraph.model.calendar.CalendarFeedRepository;
import org.govgraph.model.calendar.CalendarFeedRepository.FeedEvent;
import org.govgraph.model.calendar.CalendarFeedRepository.Scope;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public iCalendar feeds ({@link CalendarUrls}): {@code text/calendar; charset=utf-8} with a
 * strong {@code ETag} (a hash of the feed's bytes, which depend only on the graph and its
 * history) and {@code Last-Modified} (the last change of an event in it); a conditional GET of an
 * unchanged feed is answered {@code 304} without a body. Each request takes
 * {@code govgraph.calendar.feed-cost} points from its client's per-minute budget, the one GraphQL
 * requests spend; a spent budget is answered {@code 429} with {@code Retry-After}, an unknown key
 * {@code 404}, both as problem details with the request's correlation id. A retired event stays
 * in the feeds as cancelled for {@code govgraph.calendar.cancelled-retention} after it was
 * retired.
 */
@RestController
class CalendarFeedController {

	/** The media type of the feeds. */
	static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

	private final CalendarFeedRepository feeds;

	private final CalendarProperties properties;

	private final ClientBudgets budgets;

	private final Clock clock;

	CalendarFeedController(CalendarFeedRepository feeds, CalendarProperties properties, ClientBudgets budgets,
			Clock clock) {
		this.feeds = feeds;
		this.properties = properties;
		this.budgets = budgets;
		this.clock = clock;
	}

	@GetMapping(CalendarUrls.ALL)
	void all(HttpServletRequest request, HttpServletResponse response) throws IOException {
		feed(Scope.ALL, "", request, response);
	}

	@GetMapping("/calendar/fora/{*key}")
	void forum(@PathVariable String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
		feed(Scope.FORUM, key, request, response);
	}

	@GetMapping("/calendar/series/{*key}")
	void series(@PathVariable String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
		feed(Scope.SERIES, key, request, response);
	}

	@GetMapping("/calendar/stakeholder-groups/{*key}")
	void stakeholderGroup(@PathVariable String key, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		feed(Scope.STAKEHOLDER_GROUP, key, request, response);
	}

	private void feed(Scope scope, String path, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String client = this.budgets.clientKey(request.getHeader(ClientBudgets.API_KEY), request.getRemoteAddr(),
				request.getUserPrincipal());
		var spend = this.budgets.spend(client, this.properties.feedCost());
		if (!spend.allowed()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(spend.retryAfterSeconds()));
			JsonErrors.writeProblem(response, 429, "This client's " + this.budgets.perMinute()
					+ " cost points per minute are spent; retry after " + spend.retryAfterSeconds() + " s",
					request.getRequestURI(), CorrelationId.assign(request));
			return;
		}
		String key = key(scope, path);
		var name = (key != null) ? this.feeds.scopeName(scope, key) : java.util.Optional.<String>empty();
		if (name.isEmpty()) {
			JsonErrors.writeProblem(response, 404, "No calendar feed at " + request.getRequestURI()
					+ ": feeds are at " + CalendarUrls.prefix(scope) + "<key>" + CalendarUrls.SUFFIX + " with the key's slashes kept",
					request.getRequestURI(), CorrelationId.assign(request));
			return;
		}
		Instant now = this.clock.instant();
		List<FeedEvent> events = shown(this.feeds.events(scope, key), now, this.properties.cancelledRetention());
		String base = base(request, this.properties);
		String title = switch (scope) {
			case ALL -> "Internet governance events";
			case FORUM -> name.get() + ": calendar";
			case SERIES -> name.get();
			case STAKEHOLDER_GROUP -> name.get() + ": events";
		};
		String ics = IcsWriter.write(new IcsWriter.Feed(title, CalendarUrls.of(base, scope, key),
				this.properties.refreshInterval(), now, events, (k) -> CalendarUrls.of(base, Scope.SERIES, k)));
		byte[] body = ics.getBytes(StandardCharsets.UTF_8);
		String etag = "\"" + hash(body) + "\"";
		long lastModified = events.stream()
			.map(FeedEvent::modified)
			.filter(Objects::nonNull)
			.map(ZonedDateTime::toInstant)
			.max(Instant::compareTo)
			.map(Instant::toEpochMilli)
			.orElse(-1L);
		var web = new ServletWebRequest(request, response);
		if (web.checkNotModified(etag, lastModified)) {
			return;
		}
		response.setStatus(200);
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=0, must-revalidate");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** The events a feed shows: all but those retired longer ago than the retention. */
	static List<FeedEvent> shown(List<FeedEvent> events, Instant now, java.time.Duration retention) {
		Instant keepSince = now.minus(retention);
		return events.stream()
			.filter((e) -> !e.event().retired() || (e.retiredAt() != null && !e.retiredAt().toInstant().isBefore(keepSince)))
			.toList();
	}

	/** The key in a path captured with its leading slash and {@code .ics}; null when it is not one. */
	static String key(Scope scope, String path) {
		if (scope == Scope.ALL) {
			return "";
		}
		if (!path.startsWith("/") || !path.endsWith(CalendarUrls.SUFFIX) || path.length() <= 1 + CalendarUrls.SUFFIX.length()) {
			return null;
		}
		return path.substring(1, path.length() - CalendarUrls.SUFFIX.length());
	}

	/** The base of the feeds' addresses: the configured public base URL, else the request's. */
	static String base(HttpServletRequest request, CalendarProperties properties) {
		if (properties.publicBaseUrl() != null) {
			return trim(properties.publicBaseUrl().toString());
		}
		return trim(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
	}

	static String trim(String base) {
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	private static String hash(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
