package org.govgraph.api.curation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.Connection;
import org.govgraph.api.graph.Connections.PageInfo;
import org.govgraph.api.graph.GraphLoaders;
import org.govgraph.api.graph.Unavailable;
import org.govgraph.api.limits.LimitError;
import org.govgraph.api.limits.RequestLimitsInstrumentation;
import org.govgraph.api.limits.SubscriptionSlots;
import org.govgraph.model.curation.ChangeFeedRepository;
import org.govgraph.model.curation.ChangeFeedRepository.Change;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.vocabulary.NodeLabel;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.stereotype.Controller;

/**
 * {@code Change}: the change log as the {@code changes} query pages it and as the
 * {@code changes} subscription streams it ({@link ChangeFeed}). A change's {@code node} is the
 * entity as it is now, through the nodes' batch loader, so a page of changes costs one read for
 * the changes and one per kind of entity they name.
 */
@Controller
class ChangeController {

	/** A sequence as {@code Change.sequence} gives it: decimal digits, no sign, no leading zero, within a long. */
	private static final Pattern SEQUENCE = Pattern.compile("0|[1-9][0-9]{0,17}");

	private final ChangeFeedRepository repository;

	private final ChangeFeed feed;

	private final SubscriptionSlots slots;

	ChangeController(ChangeFeedRepository repository, ChangeFeed feed, SubscriptionSlots slots) {
		this.repository = repository;
		this.feed = feed;
		this.slots = slots;
	}

	/** A {@code ChangeEdge}: a change and its cursor, its sequence. */
	record ChangeEdge(String cursor, Change node) {
	}

	@QueryMapping
	Connection<ChangeEdge> changes(@Argument String after, @Argument Integer first, @Argument List<String> kinds) {
		int size = Connections.first(first);
		Long sequence = parseAfter(after);
		long from = (sequence != null) ? sequence : 0;
		var page = this.repository.page(from, labels(kinds), size);
		var edges = page.changes().stream().map((change) -> new ChangeEdge(Long.toString(change.sequence()), change)).toList();
		String start = edges.isEmpty() ? null : edges.getFirst().cursor();
		String end = edges.isEmpty() ? null : edges.getLast().cursor();
		if (size == 0) {
			start = Long.toString(from);
			end = start;
		}
		return new Connection<>(edges, new PageInfo(page.hasNext(), from > 0, start, end), page.totalCount());
	}

	/**
	 * The live change log, holding one of the client's subscription slots while it lasts: a
	 * client holding all its slots is refused as the stream starts, with the graphql-ws
	 * {@code error} message ({@code LIMIT_EXCEEDED} naming {@code subscriptionsPerClient}).
	 */
	@SubscriptionMapping("changes")
	Flux<Change> subscribeToChanges(@Argument List<String> kinds, @Argument String after,
			@ContextValue(name = RequestLimitsInstrumentation.CLIENT, required = false) String client) {
		Long from = parseAfter(after);
		Flux<Change> stream = this.feed.changes(from, labels(kinds)).onErrorMap(ChangeController::ended);
		return this.slots.bound((client != null) ? client : "anonymous", stream);
	}

	@SchemaMapping(typeName = "Change")
	String sequence(Change change) {
		return Long.toString(change.sequence());
	}

	@SchemaMapping(typeName = "Change")
	NodeLabel kind(Change change) {
		return change.label();
	}

	@SchemaMapping(typeName = "Change")
	CompletableFuture<GraphNode> node(Change change, DataFetchingEnvironment env) {
		return env.<String, GraphNode>getDataLoader(GraphLoaders.nodes(change.label())).load(change.key());
	}

	/** The sequence an {@code after} argument gives; null when none is given. */
	static Long parseAfter(String after) {
		if (after == null) {
			return null;
		}
		if (!SEQUENCE.matcher(after).matches()) {
			String shown = (after.length() > 80) ? after.substring(0, 77) + "..." : after;
			throw ApiException.badRequest("after", "'" + shown + "' is not a change sequence: give the digits of a "
					+ "Change.sequence, or \"0\" for the first change (argument 'after')");
		}
		return Long.parseLong(after);
	}

	private static Set<NodeLabel> labels(List<String> kinds) {
		if (kinds == null) {
			return null;
		}
		var labels = new LinkedHashSet<NodeLabel>();
		kinds.forEach((kind) -> labels.add(NodeLabel.valueOf(kind)));
		return labels;
	}

	/**
	 * Why the feed ended a subscription, as the GraphQL error its client receives (the last
	 * message of the subscription); other errors are left to {@code ApiSubscriptionExceptionResolver}.
	 */
	private static Throwable ended(Throwable ex) {
		if (ex instanceof SubscriptionPublisherException) {
			return ex;
		}
		var extensions = new LinkedHashMap<String, Object>();
		var error = GraphqlErrorBuilder.newError();
		if (ex instanceof ChangeFeed.Behind behind) {
			extensions.put("limit", "subscriptionBuffer");
			extensions.put("max", behind.buffer());
			error.errorType(LimitError.Classification.LIMIT_EXCEEDED)
				.message("This subscription fell more than " + behind.buffer() + " changes behind and was ended: "
						+ "subscribe again with 'after' set to the sequence of the last change you received");
		}
		else if (ex instanceof ChangeFeed.Stopped) {
			error.errorType(Unavailable.SERVICE_UNAVAILABLE)
				.message("This API instance has stopped following the change log (it is shutting down): subscribe "
						+ "again with 'after' set to the sequence of the last change you received");
		}
		else {
			return ex;
		}
		return new SubscriptionPublisherException(List.of(error.extensions(extensions).build()), ex);
	}

}
