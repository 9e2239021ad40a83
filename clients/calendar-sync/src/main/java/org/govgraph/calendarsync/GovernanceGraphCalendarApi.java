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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.govgraph.client.BadRequestException;
import org.govgraph.client.GovernanceGraphClient;
import org.govgraph.client.GovernanceGraphException;
import org.govgraph.client.NotFoundException;
import org.govgraph.client.SyncTokenInvalidException;
import org.govgraph.client.model.EventSyncStatus;
import org.govgraph.client.model.ImportCalendarInput;
import org.govgraph.client.model.ImportCalendarPayload;
import org.govgraph.client.model.UserError;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.GraphQlClientException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

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
	public record SyncPage(List<SyncEdge> edges, SyncPageInfo pageInfo, String nextSyncToken) {
	}

	/** The part of {@code PageInfo} a sync needs. */
	public record SyncPageInfo(boolean hasNextPage, String endCursor) {
	}

	/** An edge of {@link SyncPage}. */
	public record SyncEdge(SyncEntry node) {
	}

	/** An entry of {@link SyncPage}. */
	public record SyncEntry(String uid, String key, EventSyncStatus status, SyncEvent event) {
	}

	/**
	 * A forum as this command selects it ({@code graphql-documents/calendarSyncForum.graphql}); a
	 * node looked up by ID that is not a forum has another {@code __typename}.
	 */
	public record SyncForum(@JsonProperty("__typename") String typename, String id, String key, String name,
			String calendarUrl) {

		public SyncForum {
			typename = (typename != null) ? typename : "Forum";
		}

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
			SyncForum found;
			try {
				found = this.client.execute("calendarSyncForum", "forum", Map.of("acronym", typed),
						new ParameterizedTypeReference<SyncForum>() {
						}, false);
			}
			catch (NotFoundException ex) {
				found = null;
			}
			if (found == null) {
				try {
					found = this.client.execute("calendarSyncForumById", "node", Map.of("id", typed),
							new ParameterizedTypeReference<SyncForum>() {
							}, false);
				}
				catch (NotFoundException | BadRequestException ex) {
					found = null;
				}
			}
			return Optional.ofNullable(found)
				.filter((forum) -> "Forum".equals(forum.typename()))
				.map((forum) -> new Forum(forum.id(), forum.key(), forum.name(), URI.create(forum.calendarUrl())));
		}
		catch (GovernanceGraphException | RestClientException | GraphQlClientException ex) {
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
			throw new SyncTokenRejectedException(message(ex), ex.correlationId(), ex);
		}
		catch (GovernanceGraphException | RestClientException | GraphQlClientException ex) {
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
		catch (GovernanceGraphException | RestClientException | GraphQlClientException ex) {
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

	/**
	 * A failed GraphQL request as one line. The client types the API's errors; an HTTP error it
	 * does not (seen: a 504 while the API was still starting) comes through as Spring's own
	 * exception, reported here with its status.
	 */
	private static ApiException failure(String what, RuntimeException ex) {
		if (ex instanceof GovernanceGraphException typed) {
			String classification = (typed.classification() != null) ? typed.classification() + ": " : "";
			return new ApiException(what + ": " + classification + message(typed), typed.correlationId(), ex);
		}
		Throwable cause = (ex instanceof GraphQlClientException && ex.getCause() != null) ? ex.getCause() : ex;
		if (cause instanceof RestClientResponseException http) {
			String correlationId = (http.getResponseHeaders() != null) ? http.getResponseHeaders().getFirst("X-Correlation-Id") : null;
			return new ApiException(what + ": HTTP " + http.getStatusCode().value() + " " + http.getStatusText(), correlationId, ex);
		}
		Throwable root = cause;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String reason = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return new ApiException(what + ": " + cause.getClass().getSimpleName() + " (" + reason + ")", null, ex);
	}

	/** The API's own message (the client's adds the classification and correlation id, said apart here). */
	private static String message(GovernanceGraphException ex) {
		if (!ex.errors().isEmpty()) {
			return ex.errors().getFirst().message();
		}
		if (ex.httpStatus() == 0 && ex.getCause() != null) {
			// The first I/O error of the chain says most (ConnectException, HttpTimeoutException …).
			Throwable io = ex.getCause();
			while (!(io instanceof IOException) && io.getCause() != null && io.getCause() != io) {
				io = io.getCause();
			}
			return "no answer (" + io.getClass().getSimpleName() + ((io.getMessage() != null) ? ": " + io.getMessage() : "") + ")";
		}
		return ex.getMessage();
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
