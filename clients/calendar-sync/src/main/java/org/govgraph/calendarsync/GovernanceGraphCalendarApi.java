package org.govgraph.calendarsync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govgraph.client.BadRequestException;
import org.govgraph.client.GovernanceGraphClient;
import org.govgraph.client.GovernanceGraphException;
import org.govgraph.client.NotFoundException;
import org.govgraph.client.SyncTokenInvalidException;
import org.govgraph.client.model.EventSyncStatus;
import org.govgraph.client.model.ImportCalendarInput;
import org.govgraph.client.model.ImportCalendarPayload;
import org.govgraph.client.model.PageInfo;
import org.govgraph.client.model.UserError;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The API through the typed Java client ({@link GovernanceGraphClient}) for GraphQL, and the
 * JDK's HTTP client for the {@code .ics} feeds. The client's typed exceptions become
 * {@link CalendarApi.ApiException}s with the correlation id; {@code SYNC_TOKEN_INVALID} becomes
 * {@link CalendarApi.SyncTokenRejectedException}. A feed answered 429 is asked again after its
 * {@code Retry-After}, as the client does for GraphQL.
 */
final class GovernanceGraphCalendarApi implements CalendarApi {

	private static final Pattern CORRELATION_ID = Pattern.compile("\"correlationId\"\\s*:\\s*\"([^\"]+)\"");

	private static final int FEED_ATTEMPTS = 4;

	private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

	private final GovernanceGraphClient client;

	private final HttpClient http;

	private final String token;

	/** The page of {@code eventChanges} this command selects ({@code graphql-documents/calendarSyncEventChanges.graphql}). */
	public record SyncPage(List<SyncEdge> edges, PageInfo pageInfo, String nextSyncToken) {
	}

	/** An edge of {@link SyncPage}. */
	public record SyncEdge(SyncEntry node) {
	}

	/** An entry of {@link SyncPage}. */
	public record SyncEntry(String uid, String key, EventSyncStatus status, SyncEvent event) {
	}

	/** What an entry's event brings: its own feed. */
	public record SyncEvent(String calendarUrl) {
	}

	GovernanceGraphCalendarApi(Options options) {
		var builder = GovernanceGraphClient.builder(options.api().toString());
		if (options.token() != null) {
			builder.bearerToken(options.token());
		}
		this.client = builder.build();
		this.token = options.token();
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public Optional<Forum> forum(String typed) {
		try {
			Optional<org.govgraph.client.model.Forum> found;
			try {
				found = this.client.forum(typed);
			}
			catch (NotFoundException ex) {
				found = Optional.empty();
			}
			if (found.isEmpty()) {
				try {
					found = this.client.node(typed, null)
						.filter(org.govgraph.client.model.Forum.class::isInstance)
						.map(org.govgraph.client.model.Forum.class::cast);
				}
				catch (NotFoundException | BadRequestException ex) {
					found = Optional.empty();
				}
			}
			return found.map((forum) -> new Forum(forum.id(), forum.key(), forum.name(), URI.create(forum.calendarUrl())));
		}
		catch (GovernanceGraphException ex) {
			throw failure("looking up the forum '" + typed + "'", ex);
		}
	}

	@Override
	public Page eventChanges(String syncToken, String forumId, int first, String after) {
		var variables = new LinkedHashMap<String, Object>();
		variables.put("syncToken", syncToken);
		variables.put("first", first);
		variables.put("after", after);
		variables.put("forum", forumId);
		SyncPage page;
		try {
			page = this.client.execute("calendarSyncEventChanges", "eventChanges", variables,
					new ParameterizedTypeReference<SyncPage>() {
					}, false);
		}
		catch (SyncTokenInvalidException ex) {
			throw new SyncTokenRejectedException(ex.getMessage(), ex.correlationId(), ex);
		}
		catch (GovernanceGraphException ex) {
			throw failure("eventChanges", ex);
		}
		List<Entry> entries = page.edges()
			.stream()
			.map(SyncEdge::node)
			.map((node) -> new Entry(node.uid(), node.key(), node.status() == EventSyncStatus.CANCELLED,
					URI.create(node.event().calendarUrl())))
			.toList();
		return new Page(entries, page.pageInfo().hasNextPage(), page.pageInfo().endCursor(), page.nextSyncToken());
	}

	@Override
	public Imported importCalendar(String forumId, String ics, String fileName, String comment) {
		ImportCalendarPayload payload;
		try {
			payload = this.client.importCalendar(new ImportCalendarInput(forumId, ics, fileName, comment));
		}
		catch (GovernanceGraphException ex) {
			throw failure("importCalendar", ex);
		}
		return new Imported(payload.created(), payload.updated(), payload.cancelled(), payload.unchanged(),
				payload.userErrors().stream().map(UserError::message).toList());
	}

	@Override
	public String feed(URI url) {
		var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).header("Accept", "text/calendar").GET();
		if (this.token != null) {
			request.header("Authorization", this.token.startsWith("Bearer ") ? this.token : "Bearer " + this.token);
		}
		for (int attempt = 1;; attempt++) {
			HttpResponse<String> response;
			try {
				response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new ApiException("GET " + url + ": " + ex, null, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ApiException("GET " + url + ": interrupted", null, ex);
			}
			if (response.statusCode() == 200) {
				return response.body();
			}
			Duration wait = retryAfter(response);
			if (response.statusCode() == 429 && attempt < FEED_ATTEMPTS && wait.compareTo(LONGEST_WAIT) <= 0) {
				sleep(wait);
				continue;
			}
			throw new ApiException("GET " + url + " answered " + response.statusCode() + detail(response.body()),
					correlationId(response), null);
		}
	}

	@Override
	public void close() {
		this.client.close();
		this.http.close();
	}

	private static ApiException failure(String what, GovernanceGraphException ex) {
		String classification = (ex.classification() != null) ? ex.classification() + ": " : "";
		return new ApiException(what + ": " + classification + ex.getMessage(), ex.correlationId(), ex);
	}

	private static Duration retryAfter(HttpResponse<?> response) {
		try {
			return Duration.ofSeconds(Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").strip()));
		}
		catch (NumberFormatException ex) {
			return Duration.ofSeconds(1);
		}
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ApiException("interrupted while waiting to fetch a feed again", null, ex);
		}
	}

	private static String correlationId(HttpResponse<String> response) {
		Optional<String> header = response.headers().firstValue("X-Correlation-Id");
		if (header.isPresent()) {
			return header.get();
		}
		Matcher matcher = CORRELATION_ID.matcher(response.body());
		return matcher.find() ? matcher.group(1) : null;
	}

	/** The {@code detail} of a problem answer, if it has one. */
	private static String detail(String body) {
		Matcher matcher = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
		return matcher.find() ? ": " + matcher.group(1) : "";
	}

}
