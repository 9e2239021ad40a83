package org.govgraph.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import org.govgraph.client.model.*;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.FieldAccessException;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.springframework.web.reactive.socket.client.WebSocketClient;

/**
 * The typed client of the governance graph's GraphQL API: one method per root field of
 * {@code Query} and {@code Mutation} over HTTP ({@code POST /graphql}, Spring's
 * {@link HttpSyncGraphQlClient}), and {@link #changes(List, String)} over graphql-transport-ws
 * ({@link WebSocketGraphQlClient}, connected on first use). Results are records of
 * {@code org.govgraph.client.model}; the documents are {@code graphql-documents/*.graphql} on the
 * class path ({@link Documents}).
 * <p>
 * Errors are thrown as {@link GovernanceGraphException} subclasses by classification; a mutation's
 * {@code userErrors} come back in its payload ({@link Payload#orThrow()}). A request refused with
 * 429 is sent again after its {@code Retry-After}, within the {@link RetryPolicy}. Nullable root
 * fields come as {@link Optional}; the {@code …Stream} methods walk a connection lazily.
 * <p>
 * Thread-safe; one client per API and identity. {@link #close()} closes the WebSocket, if opened.
 */
public final class GovernanceGraphClient implements AutoCloseable {

	private final Requests requests;

	private final JsonMapper json;

	private final Builder settings;

	private final Object webSocketLock = new Object();

	private volatile WebSocketGraphQlClient webSocket;

	private GovernanceGraphClient(Builder builder) {
		this.settings = builder;
		this.json = jsonMapper();
		var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.connectTimeout(builder.connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		factory.setReadTimeout(builder.readTimeout);
		RestClient rest = RestClient.builder()
			.requestFactory(factory)
			.baseUrl(builder.endpoint.toString())
			.requestInterceptor((request, body, execution) -> {
				builder.headers().forEach((name, value) -> request.getHeaders().set(name, value));
				return execution.execute(request, body);
			})
			.requestInterceptor(Exchange.INTERCEPTOR)
			.configureMessageConverters((converters) -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(this.json)))
			.build();
		GraphQlClient http = HttpSyncGraphQlClient.builder(rest).documentSource(new Documents()).build();
		this.requests = new Requests(http, this.json, builder.retryPolicy, builder.sleeper, builder.clock,
				builder.retryListener);
	}

	/** A builder for a client of the API at this address: its base URL ({@code http://host:8080}) or its GraphQL endpoint ({@code …/graphql}). */
	public static Builder builder(String url) {
		return new Builder(url);
	}

	/** A client of the API at this address, anonymous, with the default timeouts and retry policy. */
	public static GovernanceGraphClient create(String url) {
		return builder(url).build();
	}

	/** The JSON mapping of the records: unknown fields and enum constants (from a newer API) read as nothing, not as errors. */
	static JsonMapper jsonMapper() {
		return JsonMapper.builder()
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
			.build();
	}

	/** The GraphQL endpoint this client sends to. */
	public URI endpoint() {
		return this.settings.endpoint;
	}

	/**
	 * Runs a document of your own ({@code graphql-documents/<document>.graphql} on the class path,
	 * which may spread this client's fragments) with the client's retries and typed errors, and
	 * reads one root field of its answer; null when that field is null without an error.
	 * @param document the document's name, without {@code .graphql}
	 * @param field the root field to read
	 * @param variables its variables (null values are left out)
	 * @param type what to read the field as
	 * @param mutation whether the document is a mutation (for the retry policy)
	 */
	public <T> T execute(String document, String field, Map<String, Object> variables, ParameterizedTypeReference<T> type,
			boolean mutation) {
		var converted = new java.util.LinkedHashMap<String, Object>();
		variables.forEach((name, value) -> {
			if (value != null) {
				converted.put(name, this.requests.toJson(value));
			}
		});
		return this.requests.execute(mutation, document, field, converted, type, false);
	}

	/**
	 * The paragraphs of an instrument, one page: {@code instrument(key:) { paragraphs(first:, after:) }}.
	 * @param instrumentKey the instrument's key, e.g. {@code wsis/tunis-agenda}
	 * @param first how many paragraphs (default 20, at most 100)
	 * @param after the cursor to continue after; null for the first page
	 */
	public Connection<Paragraph> paragraphs(String instrumentKey, Integer first, String after) {
		InstrumentParagraphs instrument = this.requests.execute(false, "instrumentParagraphs", "instrument",
				this.requests.variables("key", instrumentKey, "first", first, "after", after),
				new ParameterizedTypeReference<InstrumentParagraphs>() {
				}, false);
		if (instrument == null) {
			throw new NotFoundException("NOT_FOUND (argument 'key'): no instrument " + instrumentKey, Classification.NOT_FOUND,
					"key", null, 200, List.of(), null);
		}
		return instrument.paragraphs();
	}

	/** Every paragraph of an instrument in document order, fetched lazily {@code pageSize} at a time. */
	public Stream<Paragraph> paragraphsStream(String instrumentKey, int pageSize) {
		return Pages.stream((after) -> paragraphs(instrumentKey, pageSize, after));
	}

	private record InstrumentParagraphs(Connection<Paragraph> paragraphs) {
	}

	/**
	 * One whole sync of events ({@code eventChanges} page by page to its end): the changes since
	 * {@code syncToken} (a full snapshot when null) and the {@code nextSyncToken} to pass next time.
	 * @param syncToken the {@code nextSyncToken} of the previous sync; null for a full snapshot
	 * @param forum the global ID of the forum whose calendar to sync; null for all events
	 * @param pageSize how many entries each request asks for (1 to 100)
	 * @throws SyncTokenInvalidException when the token is expired, forged or of another forum: sync again without one
	 */
	public EventSync syncEvents(String syncToken, String forum, int pageSize) {
		var changes = new ArrayList<EventChange>();
		var token = new String[1];
		Pages.<EventChangeConnection>pages((after) -> eventChanges(syncToken, pageSize, after, forum)).forEach((page) -> {
			changes.addAll(page.items());
			token[0] = page.nextSyncToken();
		});
		return new EventSync(changes, token[0]);
	}

	/**
	 * The {@code changes} subscription over graphql-transport-ws: every change to the graph as it
	 * is committed, of these kinds (all when null), after the change with this {@code sequence}
	 * (live changes only when null). The WebSocket connects on the first subscription; the flux
	 * fails with a typed {@link GovernanceGraphException} when the API ends it with an error.
	 * @param kinds the kinds of entity to hear about; all when null
	 * @param after the {@code sequence} of the last change seen, to resume after it; null for live changes only
	 */
	public Flux<Change> changes(List<NodeKind> kinds, String after) {
		return webSocket().documentName("changesSubscription")
			.variables(this.requests.variables("kinds", kinds, "after", after))
			.executeSubscription()
			.map((response) -> {
				var errors = Errors.of(response.getErrors());
				if (!response.isValid() || !errors.isEmpty()) {
					throw Errors.exception(errors, 0, null, null);
				}
				return this.json.convertValue(response.field("changes").getValue(), Change.class);
			})
			.onErrorMap(SubscriptionErrorException.class,
					(ex) -> Errors.exception(Errors.of(ex.getErrors()), 0, null, ex))
			.onErrorMap(FieldAccessException.class,
					(ex) -> Errors.exception(Errors.of(ex.getResponse().getErrors()), 0, null, ex));
	}

	private WebSocketGraphQlClient webSocket() {
		WebSocketGraphQlClient client = this.webSocket;
		if (client == null) {
			synchronized (this.webSocketLock) {
				client = this.webSocket;
				if (client == null) {
					String url = this.settings.endpoint.toString().replaceFirst("^http", "ws");
					WebSocketClient transport = (this.settings.webSocketClient != null) ? this.settings.webSocketClient
							: ReactorNetty.webSocketClient();
					client = WebSocketGraphQlClient.builder(url, transport)
						.headers((headers) -> this.settings.headers().forEach(headers::set))
						.codecConfigurer((codecs) -> {
							codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(this.json));
							codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(this.json));
						})
						.documentSource(new Documents())
						.keepAlive(this.settings.webSocketKeepAlive)
						.build();
					this.webSocket = client;
				}
			}
		}
		return client;
	}

	/** Reactor Netty's WebSocket client, named apart so that the client loads without Reactor Netty when another is given. */
	private static final class ReactorNetty {

		static WebSocketClient webSocketClient() {
			return new ReactorNettyWebSocketClient();
		}

	}

	/** Closes the WebSocket connection, if one was opened; HTTP needs no closing. */
	@Override
	public void close() {
		WebSocketGraphQlClient client = this.webSocket;
		if (client != null) {
			client.stop().block(Duration.ofSeconds(5));
		}
	}

	/**
	 * The API's version and the dataset it serves.
	 */
	public About about() {
		return this.requests.execute(false, "about", "about", this.requests.variables(), new ParameterizedTypeReference<About>() {
		}, false);
	}

	/**
	 * The entity with this global ID; null plus a {@code NOT_FOUND} error when none has it, or a {@code BAD_REQUEST} error when the ID is malformed. Empty when the field is null without an error.
	 *
	 * @param id A global ID as returned by any entity's {@code id} field.
	 * @param asOf The entity as it was at this moment: its values and its relationship fields then (nested entities too); null plus {@code NOT_FOUND} when it did not exist yet. Connections under it (paragraphs, events, supports) are read as they are now.
	 */
	public Optional<Node> node(String id, OffsetDateTime asOf) {
		return Optional.ofNullable(this.requests.execute(false, "node", "node", this.requests.variables("id", id, "asOf", asOf), new ParameterizedTypeReference<Node>() {
		}, false));
	}

	/**
	 * The entities with these global IDs, in the order asked; an entry is null (with an error for it) when its ID is unknown or malformed. Costs its selection once per ID. An entry is null when its ID is unknown or malformed (the API reports an error for it, which is not thrown).
	 *
	 * @param ids Global IDs as returned by entities' {@code id} fields; at most 100.
	 */
	public List<Node> nodes(List<String> ids) {
		return this.requests.execute(false, "nodes", "nodes", this.requests.variables("ids", ids), new ParameterizedTypeReference<List<Node>>() {
		}, true);
	}

	/**
	 * Full-text search over titles, names, symbols, acronyms, paragraph text and descriptions. The query is taken literally (Lucene syntax characters are searched as text, never parsed); hits come best first, by score. Any text is accepted: a query with no words (blank, or only control characters) finds nothing.
	 *
	 * @param query The words to look for, taken literally.
	 * @param kinds Restrict hits to these kinds of entity; all kinds when omitted.
	 * @param first How many hits to return: default 20, at most 100 (more is an error).
	 * @param after Return hits after this opaque cursor (an {@code endCursor} or edge {@code cursor} of this search).
	 */
	public SearchHitConnection search(String query, List<NodeKind> kinds, Integer first, String after) {
		return this.requests.execute(false, "search", "search", this.requests.variables("query", query, "kinds", kinds, "first", first, "after", after), new ParameterizedTypeReference<SearchHitConnection>() {
		}, false);
	}

	/**
	 * Every item of {@code search}, fetched lazily, {@code pageSize} at a time: a page is fetched only when the stream reaches it (see {@link Pages}).
	 *
	 * @param query The words to look for, taken literally.
	 * @param kinds Restrict hits to these kinds of entity; all kinds when omitted.
	 * @param pageSize how many items each request asks for (1 to 100)
	 */
	public Stream<SearchHitEdge> searchStream(String query, List<NodeKind> kinds, int pageSize) {
		return Pages.stream((after) -> search(query, kinds, pageSize, after));
	}

	/**
	 * The shortest connection between two entities, following relationships of any type in either direction through live entities only; null when there is none within {@code maxHops}, and whenever {@code from} or {@code to} is retired. Empty when the field is null without an error.
	 *
	 * @param from Global ID of the entity the path starts from.
	 * @param to Global ID of the entity the path ends at.
	 * @param maxHops The longest path to look for, in hops: default 4, from 1 to 6 (outside that range is a {@code BAD_REQUEST} error).
	 */
	public Optional<Path> path(String from, String to, Integer maxHops) {
		return Optional.ofNullable(this.requests.execute(false, "path", "path", this.requests.variables("from", from, "to", to, "maxHops", maxHops), new ParameterizedTypeReference<Path>() {
		}, false));
	}

	/**
	 * The change log: every committed write to an entity, in commit order (by {@code sequence}), oldest first. Page on with {@code after: endCursor}; a cursor here is a {@code sequence}, so {@code after} also takes the {@code sequence} of a change you have seen. The same changes, live, are the {@code changes} subscription.
	 *
	 * @param after Return changes after this sequence: a {@code Change.sequence}, an edge {@code cursor} or an {@code endCursor} of this connection; {@code "0"} (or omitted) starts at the first change. Anything but a sequence's decimal digits is a {@code BAD_REQUEST} error naming {@code after}.
	 * @param first How many changes to return: default 20, at most 100 (more is an error).
	 * @param kinds Only changes to these kinds of entity; all kinds when omitted.
	 */
	public Connection<Change> changes(String after, Integer first, List<NodeKind> kinds) {
		return this.requests.execute(false, "changes", "changes", this.requests.variables("after", after, "first", first, "kinds", kinds), new ParameterizedTypeReference<Connection<Change>>() {
		}, false);
	}

	/**
	 * Every item of {@code changes}, fetched lazily, {@code pageSize} at a time: a page is fetched only when the stream reaches it (see {@link Pages}).
	 *
	 * @param kinds Only changes to these kinds of entity; all kinds when omitted.
	 * @param pageSize how many items each request asks for (1 to 100)
	 */
	public Stream<Change> changesStream(List<NodeKind> kinds, int pageSize) {
		return Pages.stream((after) -> changes(after, pageSize, kinds));
	}

	/**
	 * An entity's revisions, newest first: who changed what, when, and why, with every value and relationship before and after and their provenance (after Wikidata's revision history). A retired entity keeps its history; an unknown ID is {@code NOT_FOUND}.
	 *
	 * @param id Global ID of the entity.
	 * @param first How many revisions to return: default 20, at most 100.
	 * @param after Return the revisions older than this cursor (an {@code endCursor} or edge {@code cursor} of the same history).
	 */
	public Connection<Revision> history(String id, Integer first, String after) {
		return this.requests.execute(false, "history", "history", this.requests.variables("id", id, "first", first, "after", after), new ParameterizedTypeReference<Connection<Revision>>() {
		}, false);
	}

	/**
	 * Every item of {@code history}, fetched lazily, {@code pageSize} at a time: a page is fetched only when the stream reaches it (see {@link Pages}).
	 *
	 * @param id Global ID of the entity.
	 * @param pageSize how many items each request asks for (1 to 100)
	 */
	public Stream<Revision> historyStream(String id, int pageSize) {
		return Pages.stream((after) -> history(id, pageSize, after));
	}

	/**
	 * Events matching a filter, in the order asked (default: by start, earliest first; events without a start last; ties by key).
	 *
	 * @param filter Which events to return; all when omitted.
	 * @param orderBy How to order them; default {@code {field: START, direction: ASC}}.
	 * @param first How many events to return: default 20, at most 100 (more is an error).
	 * @param after Return events after this opaque cursor from the same query.
	 */
	public Connection<Event> events(EventFilter filter, EventOrder orderBy, Integer first, String after) {
		return this.requests.execute(false, "events", "events", this.requests.variables("filter", filter, "orderBy", orderBy, "first", first, "after", after), new ParameterizedTypeReference<Connection<Event>>() {
		}, false);
	}

	/**
	 * Every item of {@code events}, fetched lazily, {@code pageSize} at a time: a page is fetched only when the stream reaches it (see {@link Pages}).
	 *
	 * @param filter Which events to return; all when omitted.
	 * @param orderBy How to order them; default {@code {field: START, direction: ASC}}.
	 * @param pageSize how many items each request asks for (1 to 100)
	 */
	public Stream<Event> eventsStream(EventFilter filter, EventOrder orderBy, int pageSize) {
		return Pages.stream((after) -> events(filter, orderBy, pageSize, after));
	}

	/**
	 * The event with this key (e.g. {@code itu/wtpf-13}) or, failing that, this short name: the words its name ends with in parentheses, matched exactly (e.g. {@code WTPF-13} for {@code 5th World Telecommunication/ICT Policy Forum (WTPF-13)}, {@code PP-10}, {@code IGF 2013}); null plus {@code NOT_FOUND} when none matches, {@code BAD_REQUEST} when a short name matches several. Empty when the field is null without an error.
	 *
	 * @param key The event's key, or its short name.
	 */
	public Optional<Event> event(String key) {
		return Optional.ofNullable(this.requests.execute(false, "event", "event", this.requests.variables("key", key), new ParameterizedTypeReference<Event>() {
		}, false));
	}

	/**
	 * Incremental sync of events, as with Google Calendar's {@code syncToken}. Without {@code syncToken}: a full snapshot of the events that are not retired (of {@code forum}'s calendar when given), by key, page by page. With {@code syncToken}: exactly the events created, updated, retired (or restored, or that left {@code forum}'s calendar through a disconnection) since the sync that gave the token, one entry per event in its latest state, ordered by the sequence of its latest change; retired ones as {@code CANCELLED} tombstones that still carry {@code uid} and {@code key}. Either way page on with {@code after: pageInfo.endCursor} (and the same {@code syncToken} and {@code forum}) while {@code hasNextPage}; the last page alone has {@code nextSyncToken}, to pass as {@code syncToken} next time. A token that is expired (older than the server's sync-token TTL, 30 days by default), forged, garbled, of another forum or of another graph is a {@code SYNC_TOKEN_INVALID} error (Google's 410 Gone): start over without a {@code syncToken}, with a full snapshot. Tokens hold across restarts: the server keeps no state for them.
	 *
	 * @param syncToken The {@code nextSyncToken} of the last page of the previous sync; omitted: a full snapshot.
	 * @param first How many entries to return: default 20, at most 100 (more is an error).
	 * @param after Continue the sync this {@code endCursor} (or edge {@code cursor}) came from: give the same {@code syncToken} and {@code forum} as for its first page, else a {@code BAD_REQUEST} error naming {@code after}.
	 * @param forum Only the events of this forum's calendar: the meetings of, or convened by, the forum or one of its organs, and their parts. A token is valid only for the forum it was issued for.
	 */
	public EventChangeConnection eventChanges(String syncToken, Integer first, String after, String forum) {
		return this.requests.execute(false, "eventChanges", "eventChanges", this.requests.variables("syncToken", syncToken, "first", first, "after", after, "forum", forum), new ParameterizedTypeReference<EventChangeConnection>() {
		}, false);
	}

	/**
	 * Every item of {@code eventChanges}, fetched lazily, {@code pageSize} at a time: a page is fetched only when the stream reaches it (see {@link Pages}).
	 *
	 * @param syncToken The {@code nextSyncToken} of the last page of the previous sync; omitted: a full snapshot.
	 * @param forum Only the events of this forum's calendar: the meetings of, or convened by, the forum or one of its organs, and their parts. A token is valid only for the forum it was issued for.
	 * @param pageSize how many items each request asks for (1 to 100)
	 */
	public Stream<EventChange> eventChangesStream(String syncToken, String forum, int pageSize) {
		return Pages.stream((after) -> eventChanges(syncToken, pageSize, after, forum));
	}

	/**
	 * All fora and bodies, ordered by key, so each organ follows its parent ({@code itu}, {@code itu/council}, {@code itu/cwg-internet}, …).
	 *
	 * @param first How many fora to return: default 20, at most 100 (more is an error).
	 * @param after Return fora after this opaque cursor from the same query.
	 */
	public Connection<Forum> fora(Integer first, String after) {
		return this.requests.execute(false, "fora", "fora", this.requests.variables("first", first, "after", after), new ParameterizedTypeReference<Connection<Forum>>() {
		}, false);
	}

	/**
	 * Every item of {@code fora}, fetched lazily, {@code pageSize} at a time: a page is fetched only when the stream reaches it (see {@link Pages}).
	 *
	 * @param pageSize how many items each request asks for (1 to 100)
	 */
	public Stream<Forum> foraStream(int pageSize) {
		return Pages.stream((after) -> fora(pageSize, after));
	}

	/**
	 * The forum with this acronym (exact, e.g. {@code ITU}, {@code CWG-Internet}) or, failing that, this key (any forum's, e.g. {@code itu/pp} or {@code itu/council}); null plus {@code NOT_FOUND} when none matches. Empty when the field is null without an error.
	 *
	 * @param acronym The forum's acronym or, failing that, its key.
	 */
	public Optional<Forum> forum(String acronym) {
		return Optional.ofNullable(this.requests.execute(false, "forum", "forum", this.requests.variables("acronym", acronym), new ParameterizedTypeReference<Forum>() {
		}, false));
	}

	/**
	 * Instruments matching a filter, in the order asked (default: by date, oldest first; undated instruments last; ties by key).
	 *
	 * @param filter Which instruments to return; all when omitted.
	 * @param orderBy How to order them; default {@code {field: DATE, direction: ASC}}.
	 * @param first How many instruments to return: default 20, at most 100 (more is an error).
	 * @param after Return instruments after this opaque cursor from the same query.
	 */
	public Connection<Instrument> instruments(InstrumentFilter filter, InstrumentOrder orderBy, Integer first, String after) {
		return this.requests.execute(false, "instruments", "instruments", this.requests.variables("filter", filter, "orderBy", orderBy, "first", first, "after", after), new ParameterizedTypeReference<Connection<Instrument>>() {
		}, false);
	}

	/**
	 * Every item of {@code instruments}, fetched lazily, {@code pageSize} at a time: a page is fetched only when the stream reaches it (see {@link Pages}).
	 *
	 * @param filter Which instruments to return; all when omitted.
	 * @param orderBy How to order them; default {@code {field: DATE, direction: ASC}}.
	 * @param pageSize how many items each request asks for (1 to 100)
	 */
	public Stream<Instrument> instrumentsStream(InstrumentFilter filter, InstrumentOrder orderBy, int pageSize) {
		return Pages.stream((after) -> instruments(filter, orderBy, pageSize, after));
	}

	/**
	 * The instrument with this stable key (e.g. {@code un/wsis/2005/tunis-agenda}) or, failing that, this exact symbol (e.g. {@code WSIS-05/TUNIS/DOC/6(Rev.1)-E}); null plus {@code NOT_FOUND} when none matches, {@code BAD_REQUEST} when a symbol matches several. Empty when the field is null without an error.
	 *
	 * @param key The instrument's key, or its exact symbol.
	 * @param asOf The instrument as it was at this moment, as {@code node(asOf:)} gives it.
	 */
	public Optional<Instrument> instrument(String key, OffsetDateTime asOf) {
		return Optional.ofNullable(this.requests.execute(false, "instrument", "instrument", this.requests.variables("key", key, "asOf", asOf), new ParameterizedTypeReference<Instrument>() {
		}, false));
	}

	/**
	 * The paragraph with this stable key, {@code &lt;instrument key&gt;#&lt;eId&gt;} (e.g. {@code un/wsis/2005/tunis-agenda#para_35}); null plus {@code NOT_FOUND} when none has it. Empty when the field is null without an error.
	 *
	 * @param key The paragraph's key.
	 */
	public Optional<Paragraph> paragraph(String key) {
		return Optional.ofNullable(this.requests.execute(false, "paragraph", "paragraph", this.requests.variables("key", key), new ParameterizedTypeReference<Paragraph>() {
		}, false));
	}

	/**
	 * A source that facts rest on: a curated fact (e.g. {@code curated/E6}) or a source document (its instrument key); null plus {@code NOT_FOUND} when there is none. Empty when the field is null without an error.
	 *
	 * @param key The source's key, as {@code Provenance.source} gives it.
	 * @param first How many supported facts of the source to return: default 20, at most 100.
	 * @param after Return supported facts after this cursor.
	 */
	public Optional<Source> source(String key, Integer first, String after) {
		return Optional.ofNullable(this.requests.execute(false, "source", "source", this.requests.variables("key", key, "first", first, "after", after), new ParameterizedTypeReference<Source>() {
		}, false));
	}

	/**
	 * All stakeholder groups and membership categories, by name.
	 */
	public List<StakeholderGroup> stakeholderGroups() {
		return this.requests.execute(false, "stakeholderGroups", "stakeholderGroups", this.requests.variables(), new ParameterizedTypeReference<List<StakeholderGroup>>() {
		}, false);
	}

	/**
	 * The stakeholder group with this key (e.g. {@code governments}); null plus {@code NOT_FOUND} when none has it. Empty when the field is null without an error.
	 *
	 * @param key The stakeholder group's key.
	 */
	public Optional<StakeholderGroup> stakeholderGroup(String key) {
		return Optional.ofNullable(this.requests.execute(false, "stakeholderGroup", "stakeholderGroup", this.requests.variables("key", key), new ParameterizedTypeReference<StakeholderGroup>() {
		}, false));
	}

	/**
	 * Roles, by name; only those held by one stakeholder group when {@code stakeholderGroup} is given.
	 *
	 * @param stakeholderGroup Global ID of a stakeholder group; an unknown or malformed ID is an error.
	 */
	public List<Role> roles(String stakeholderGroup) {
		return this.requests.execute(false, "roles", "roles", this.requests.variables("stakeholderGroup", stakeholderGroup), new ParameterizedTypeReference<List<Role>>() {
		}, false);
	}

	/**
	 * The role with this key (e.g. {@code un/wsis/2005/tunis-agenda/role/states-policy-authority}); null plus {@code NOT_FOUND} when none has it. Empty when the field is null without an error.
	 *
	 * @param key The role's key.
	 */
	public Optional<Role> role(String key) {
		return Optional.ofNullable(this.requests.execute(false, "role", "role", this.requests.variables("key", key), new ParameterizedTypeReference<Role>() {
		}, false));
	}

	/**
	 * The instruments whose paragraphs define a role ({@code DEFINES_ROLE}), each with those paragraphs; ordered by instrument date (oldest first, undated instruments last), then key. When {@code first} is null the client asks for 10, not the API's default of 20: with the provenance of each defining paragraph, a page of 20 would cost more than the API's 25,000 points.
	 *
	 * @param role Global ID of the role; an unknown or malformed ID is an error.
	 * @param first How many instruments to return: default 20, at most 100 (more is an error).
	 * @param after Return instruments after this opaque cursor from the same query.
	 */
	public RoleReferenceConnection instrumentsReferencingRole(String role, Integer first, String after) {
		return this.requests.execute(false, "instrumentsReferencingRole", "instrumentsReferencingRole", this.requests.variables("role", role, "first", (first != null) ? first : Integer.valueOf(10), "after", after), new ParameterizedTypeReference<RoleReferenceConnection>() {
		}, false);
	}

	/**
	 * Every item of {@code instrumentsReferencingRole}, fetched lazily, {@code pageSize} at a time: a page is fetched only when the stream reaches it (see {@link Pages}).
	 *
	 * @param role Global ID of the role; an unknown or malformed ID is an error.
	 * @param pageSize how many items each request asks for (1 to 100)
	 */
	public Stream<RoleReferenceEdge> instrumentsReferencingRoleStream(String role, int pageSize) {
		return Pages.stream((after) -> instrumentsReferencingRole(role, pageSize, after));
	}

	/**
	 * Dated instruments and events in time order, earliest first (instruments by date, events by start; partial dates by their first day, coarser precision first on a tie, then by key). Undated instruments and events without a start are left out.
	 *
	 * @param filter Which entries to return; all dated instruments and events when omitted.
	 * @param first How many entries to return: default 20, at most 100 (more is an error).
	 * @param after Return entries after this opaque cursor from the same query.
	 */
	public Connection<TimelineEntry> timeline(TimelineFilter filter, Integer first, String after) {
		return this.requests.execute(false, "timeline", "timeline", this.requests.variables("filter", filter, "first", first, "after", after), new ParameterizedTypeReference<Connection<TimelineEntry>>() {
		}, false);
	}

	/**
	 * Every item of {@code timeline}, fetched lazily, {@code pageSize} at a time: a page is fetched only when the stream reaches it (see {@link Pages}).
	 *
	 * @param filter Which entries to return; all dated instruments and events when omitted.
	 * @param pageSize how many items each request asks for (1 to 100)
	 */
	public Stream<TimelineEntry> timelineStream(TimelineFilter filter, int pageSize) {
		return Pages.stream((after) -> timeline(filter, pageSize, after));
	}

	/**
	 * All topics, by name.
	 */
	public List<Topic> topics() {
		return this.requests.execute(false, "topics", "topics", this.requests.variables(), new ParameterizedTypeReference<List<Topic>>() {
		}, false);
	}

	/**
	 * The topic with this key (e.g. {@code multistakeholder-model}); null plus {@code NOT_FOUND} when none has it. Empty when the field is null without an error.
	 *
	 * @param key The topic's key.
	 */
	public Optional<Topic> topic(String key) {
		return Optional.ofNullable(this.requests.execute(false, "topic", "topic", this.requests.variables("key", key), new ParameterizedTypeReference<Topic>() {
		}, false));
	}

	/**
	 * The registered webhooks, oldest first: of one forum, or of every forum when {@code forum} is omitted. Needs the role {@code CURATOR}.
	 *
	 * @param forum A forum's ID; every forum when omitted.
	 */
	public List<Webhook> webhooks(String forum) {
		return this.requests.execute(false, "webhooks", "webhooks", this.requests.variables("forum", forum), new ParameterizedTypeReference<List<Webhook>>() {
		}, false);
	}

	/**
	 * A webhook's delivery log, in the order of the changes delivered. Needs the role {@code CURATOR}.
	 *
	 * @param webhook The webhook's {@code id}.
	 * @param first How many deliveries to return: default 20, at most 100 (more is an error).
	 * @param after Return deliveries after this cursor: a delivery's {@code sequence} or an {@code endCursor}; {@code "0"} (or omitted) starts at the first.
	 */
	public Connection<WebhookDelivery> webhookDeliveries(String webhook, Integer first, String after) {
		return this.requests.execute(false, "webhookDeliveries", "webhookDeliveries", this.requests.variables("webhook", webhook, "first", first, "after", after), new ParameterizedTypeReference<Connection<WebhookDelivery>>() {
		}, false);
	}

	/**
	 * Every item of {@code webhookDeliveries}, fetched lazily, {@code pageSize} at a time: a page is fetched only when the stream reaches it (see {@link Pages}).
	 *
	 * @param webhook The webhook's {@code id}.
	 * @param pageSize how many items each request asks for (1 to 100)
	 */
	public Stream<WebhookDelivery> webhookDeliveriesStream(String webhook, int pageSize) {
		return Pages.stream((after) -> webhookDeliveries(webhook, pageSize, after));
	}

	/**
	 * Creates an event. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Event> createEvent(CreateEventInput input) {
		return this.requests.execute(true, "createEvent", "createEvent", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Event>>() {
		}, false);
	}

	/**
	 * Creates an instrument (never a source document: those come with the dataset). User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Instrument> createInstrument(CreateInstrumentInput input) {
		return this.requests.execute(true, "createInstrument", "createInstrument", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Instrument>>() {
		}, false);
	}

	/**
	 * Creates a paragraph of an instrument, with its part-of link to its parent (or to the instrument). User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Paragraph> createParagraph(CreateParagraphInput input) {
		return this.requests.execute(true, "createParagraph", "createParagraph", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Paragraph>>() {
		}, false);
	}

	/**
	 * Creates a forum. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Forum> createForum(CreateForumInput input) {
		return this.requests.execute(true, "createForum", "createForum", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Forum>>() {
		}, false);
	}

	/**
	 * Creates a stakeholder group. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<StakeholderGroup> createStakeholderGroup(CreateStakeholderGroupInput input) {
		return this.requests.execute(true, "createStakeholderGroup", "createStakeholderGroup", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<StakeholderGroup>>() {
		}, false);
	}

	/**
	 * Creates a role. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Role> createRole(CreateRoleInput input) {
		return this.requests.execute(true, "createRole", "createRole", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Role>>() {
		}, false);
	}

	/**
	 * Creates a topic. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Topic> createTopic(CreateTopicInput input) {
		return this.requests.execute(true, "createTopic", "createTopic", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Topic>>() {
		}, false);
	}

	/**
	 * Changes some values of an event; a value given as null is removed. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Event> updateEvent(UpdateEventInput input) {
		return this.requests.execute(true, "updateEvent", "updateEvent", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Event>>() {
		}, false);
	}

	/**
	 * Changes some values of an instrument; a value given as null is removed. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Instrument> updateInstrument(UpdateInstrumentInput input) {
		return this.requests.execute(true, "updateInstrument", "updateInstrument", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Instrument>>() {
		}, false);
	}

	/**
	 * Changes some values of a paragraph; a value given as null is removed. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Paragraph> updateParagraph(UpdateParagraphInput input) {
		return this.requests.execute(true, "updateParagraph", "updateParagraph", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Paragraph>>() {
		}, false);
	}

	/**
	 * Changes some values of a forum; a value given as null is removed. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Forum> updateForum(UpdateForumInput input) {
		return this.requests.execute(true, "updateForum", "updateForum", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Forum>>() {
		}, false);
	}

	/**
	 * Changes some values of a stakeholder group; a value given as null is removed. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<StakeholderGroup> updateStakeholderGroup(UpdateStakeholderGroupInput input) {
		return this.requests.execute(true, "updateStakeholderGroup", "updateStakeholderGroup", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<StakeholderGroup>>() {
		}, false);
	}

	/**
	 * Changes some values of a role; a value given as null is removed. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Role> updateRole(UpdateRoleInput input) {
		return this.requests.execute(true, "updateRole", "updateRole", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Role>>() {
		}, false);
	}

	/**
	 * Changes some values of a topic; a value given as null is removed. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Topic> updateTopic(UpdateTopicInput input) {
		return this.requests.execute(true, "updateTopic", "updateTopic", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Topic>>() {
		}, false);
	}

	/**
	 * Retires an entity: it keeps its values, relationships and history, leaves lists, search, paths and relationship fields, and {@code node(id:)} still returns it. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Node> retire(RetireInput input) {
		return this.requests.execute(true, "retire", "retire", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Node>>() {
		}, false);
	}

	/**
	 * Brings a retired entity back. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Node> restore(RestoreInput input) {
		return this.requests.execute(true, "restore", "restore", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Node>>() {
		}, false);
	}

	/**
	 * Adds a relationship between two entities, with its provenance. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Node> connect(ConnectInput input) {
		return this.requests.execute(true, "connect", "connect", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Node>>() {
		}, false);
	}

	/**
	 * Removes a relationship (a dataset relationship stays removed when the dataset is loaded again). User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Node> disconnect(DisconnectInput input) {
		return this.requests.execute(true, "disconnect", "disconnect", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Node>>() {
		}, false);
	}

	/**
	 * Imports a forum's calendar (an iCalendar file, RFC 5545): each event is created, updated, cancelled ({@code STATUS:CANCELLED} retires it) or left unchanged, found again by its {@code UID}, so importing the same file twice changes nothing. Recurring events keep their {@code RRULE}, {@code RDATE} and {@code EXDATE} as one series; an overridden occurrence ({@code RECURRENCE-ID}) is its own event, part of the series. The file (its name, SHA-256, who imported it) is the provenance of what it brings. An invalid file is refused whole, naming the line and the reason, and nothing is written. Needs the role {@code ADMIN}. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public ImportCalendarPayload importCalendar(ImportCalendarInput input) {
		return this.requests.execute(true, "importCalendar", "importCalendar", this.requests.variables("input", input), new ParameterizedTypeReference<ImportCalendarPayload>() {
		}, false);
	}

	/**
	 * Registers a webhook for a forum's calendar: on every change to an event of that calendar (an event that is, or is part of, a meeting of or convened by the forum or one of its organs) the API POSTs a signed JSON delivery to {@code url}, retrying failures with exponential backoff. Only changes committed after the registration are delivered. {@code url} must be {@code http} or {@code https} on a public address (loopback only where the configuration allows it); {@code secret} (16 to 1024 characters) signs the deliveries; it is stored in the graph and never returned. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Webhook> registerWebhook(RegisterWebhookInput input) {
		return this.requests.execute(true, "registerWebhook", "registerWebhook", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Webhook>>() {
		}, false);
	}

	/**
	 * Disables a webhook: nothing is queued for it or sent to it until it is enabled again. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Webhook> disableWebhook(WebhookIdInput input) {
		return this.requests.execute(true, "disableWebhook", "disableWebhook", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Webhook>>() {
		}, false);
	}

	/**
	 * Enables a disabled webhook: it receives the changes committed from then on, and what was pending for it. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<Webhook> enableWebhook(WebhookIdInput input) {
		return this.requests.execute(true, "enableWebhook", "enableWebhook", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<Webhook>>() {
		}, false);
	}

	/**
	 * Deletes a webhook and its delivery log. User errors come back in the payload; a 429 is retried by the retry policy (the API refuses it before executing).
	 *
	 * @param input input
	 */
	public Payload<String> deleteWebhook(WebhookIdInput input) {
		return this.requests.execute(true, "deleteWebhook", "deleteWebhook", this.requests.variables("input", input), new ParameterizedTypeReference<Payload<String>>() {
		}, false);
	}

	/** How a {@link GovernanceGraphClient} reaches the API, who it is, and how patient it is. */
	public static final class Builder {

		private final URI endpoint;

		private Supplier<String> bearerToken;

		private String apiKey;

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration readTimeout = Duration.ofSeconds(30);

		private Duration webSocketKeepAlive = Duration.ofSeconds(30);

		private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

		private WebSocketClient webSocketClient;

		private Requests.Sleeper sleeper = (duration) -> Thread.sleep(duration);

		private Clock clock = Clock.systemUTC();

		private RetryListener retryListener;

		private Builder(String url) {
			Objects.requireNonNull(url, "url");
			String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
			this.endpoint = URI.create(base.endsWith("/graphql") ? base : base + "/graphql");
			if (!"http".equals(this.endpoint.getScheme()) && !"https".equals(this.endpoint.getScheme())) {
				throw new IllegalArgumentException("The API's URL must be http or https: " + url);
			}
		}

		/** A bearer token (a JWT of the API's issuer), sent as {@code Authorization: Bearer …}; writes need one with the role {@code CURATOR}. */
		public Builder bearerToken(String token) {
			return bearerToken(() -> token);
		}

		/** A bearer token asked for on every request (and on the WebSocket handshake), for tokens that are renewed. */
		public Builder bearerToken(Supplier<String> token) {
			this.bearerToken = token;
			return this;
		}

		/** An API key the API issued, sent as {@code X-API-Key}: the client then spends the key's cost budget, not its address's. */
		public Builder apiKey(String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/** How long to wait for a connection; 5 s by default. */
		public Builder connectTimeout(Duration timeout) {
			this.connectTimeout = Objects.requireNonNull(timeout);
			return this;
		}

		/** How long to wait for an answer; 30 s by default (the API itself stops a request after 5 s). */
		public Builder readTimeout(Duration timeout) {
			this.readTimeout = Objects.requireNonNull(timeout);
			return this;
		}

		/** When to retry a request refused with 429; {@link RetryPolicy#DEFAULT} by default. */
		public Builder retryPolicy(RetryPolicy policy) {
			this.retryPolicy = Objects.requireNonNull(policy);
			return this;
		}

		/** Told before each retry of a rate-limited request; none by default. */
		public Builder retryListener(RetryListener listener) {
			this.retryListener = listener;
			return this;
		}

		/** The WebSocket client subscriptions run on; Reactor Netty's by default. */
		public Builder webSocketClient(WebSocketClient client) {
			this.webSocketClient = client;
			return this;
		}

		/** How often a graphql-ws ping is sent on an idle WebSocket; 30 s by default. */
		public Builder webSocketKeepAlive(Duration keepAlive) {
			this.webSocketKeepAlive = Objects.requireNonNull(keepAlive);
			return this;
		}

		/** How the client waits between attempts and what time it is, for tests of the retries. */
		Builder clock(Clock clock, Requests.Sleeper sleeper) {
			this.clock = clock;
			this.sleeper = sleeper;
			return this;
		}

		Map<String, String> headers() {
			var headers = new java.util.LinkedHashMap<String, String>();
			String token = (this.bearerToken != null) ? this.bearerToken.get() : null;
			if (token != null && !token.isBlank()) {
				headers.put("Authorization", token.startsWith("Bearer ") ? token : "Bearer " + token);
			}
			if (this.apiKey != null && !this.apiKey.isBlank()) {
				headers.put("X-API-Key", this.apiKey);
			}
			return headers;
		}

		public GovernanceGraphClient build() {
			return new GovernanceGraphClient(this);
		}

	}

}
