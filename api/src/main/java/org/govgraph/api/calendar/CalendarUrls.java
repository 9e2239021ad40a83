package org.govgraph.api.calendar;

import java.net.URI;

import org.govgraph.model.calendar.CalendarFeedRepository.Scope;

import org.springframework.web.util.UriUtils;

/**
 * The addresses of the feeds: {@code /calendar/events.ics}, and {@code /calendar/fora/<key>.ics},
 * {@code /calendar/series/<key>.ics}, {@code /calendar/stakeholder-groups/<key>.ics} where the key
 * keeps its slashes ({@code /calendar/fora/itu/cwg-internet.ics}), each segment percent-encoded.
 * Built on the configured public base URL, else on the base of the request.
 */
public final class CalendarUrls {

	/** The path of all events' feed. */
	public static final String ALL = "/calendar/events.ics";

	/** The suffix of every feed's path. */
	public static final String SUFFIX = ".ics";

	private CalendarUrls() {
	}

	/** The path prefix of a scope's feeds, before the key. */
	public static String prefix(Scope scope) {
		return switch (scope) {
			case ALL -> ALL;
			case FORUM -> "/calendar/fora/";
			case SERIES -> "/calendar/series/";
			case STAKEHOLDER_GROUP -> "/calendar/stakeholder-groups/";
		};
	}

	/** The address of a scope's feed on a base address (scheme, host, port and context path, no trailing slash). */
	public static URI of(String base, Scope scope, String key) {
		if (scope == Scope.ALL) {
			return URI.create(base + ALL);
		}
		var path = new StringBuilder(prefix(scope));
		String[] segments = key.split("/", -1);
		for (int i = 0; i < segments.length; i++) {
			path.append((i > 0) ? "/" : "").append(UriUtils.encodePathSegment(segments[i], java.nio.charset.StandardCharsets.UTF_8));
		}
		return URI.create(base + path + SUFFIX);
	}

}
