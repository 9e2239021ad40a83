package org.govgraph.api.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govgraph.model.curation.HistoryRepository;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.graph.GraphRepository.CitingReference;
import org.govgraph.model.graph.GraphRepository.SourceInfo;
import org.govgraph.model.graph.Link;
import org.govgraph.model.graph.Page;
import org.govgraph.model.provenance.SupportRepository;
import org.govgraph.model.provenance.SupportRepository.SupportedFact;
import org.govgraph.model.provenance.SupportRepository.Target;
import org.govgraph.model.vocabulary.NodeLabel;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * The batch loaders behind every nested field: each turns the keys a request level asks for
 * into one Cypher statement (one per distinct set of arguments), never one per parent.
 */
@Component
public class GraphLoaders {

	static final String SOURCES = "sources";

	static final String CITED_BY = "citedBy";

	static final String PARAGRAPHS = "paragraphs";

	static final String CITING_PAGES = "citingPages";

	static final String FORUM_EVENTS = "forumEvents";

	static final String FORUM_INSTRUMENTS = "forumInstruments";

	static final String EVENT_FORUM = "eventForum";

	static final String SUPPORTS = "supports";

	/** The name of the batch loader of the nodes of one label by key, for any field that resolves a node it knows by label and key. */
	public static String nodes(NodeLabel label) {
		return "nodes:" + label.label();
	}

	/** What cites a node, up to a depth, and (for an instrument) whether citations of its paragraphs count. */
	record CitedByKey(NodeLabel label, String key, int depth, boolean includeParts) {
	}

	/** One page of what cites a node, up to a depth (see {@link CitedByKey}). */
	record CitingPageKey(CitedByKey cited, int first, Page.After after, boolean count) {
	}

	/** One page of what one source (or one of its paragraphs) supports. */
	record SupportsKey(Target target, int first, String afterKey) {
	}

	/** One page of a nested connection of one parent. */
	record PageKey(String parentKey, int first, Page.After after, boolean includeOrgans, boolean count) {
	}

	GraphLoaders(BatchLoaderRegistry registry, GraphRepository graph, SupportRepository support,
			HistoryRepository history) {
		registry.<SupportsKey, Page<SupportedFact>>forName(SUPPORTS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> supports(support, keys)));
		for (RelationshipFields.Field field : RelationshipFields.ALL) {
			for (boolean includeRetired : new boolean[] { false, true }) {
				registry.<String, List<Link>>forName(field.loaderName(includeRetired))
					.registerMappedBatchLoader((keys, env) -> Mono
						.fromCallable(() -> graph.related(field.parent(), keys, field.traversal(), includeRetired)));
			}
			registry.<AsOf.Key, List<Link>>forName(AsOf.loaderName(field))
				.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> relatedAsOf(history, field, keys)));
		}
		for (NodeLabel label : NodeLabel.values()) {
			registry.<String, GraphNode>forName(nodes(label))
				.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> graph.findByKeys(label, keys)));
		}
		registry.<String, SourceInfo>forName(SOURCES)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> graph.sources(keys)));
		registry.<String, GraphNode>forName(EVENT_FORUM)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> graph.forumOfEvents(keys)));
		registry.<CitedByKey, List<CitingReference>>forName(CITED_BY)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> citedBy(graph, keys)));
		registry.<CitingPageKey, Page<CitingReference>>forName(CITING_PAGES)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> citingPages(graph, keys)));
		registry.<PageKey, Page<GraphNode>>forName(PARAGRAPHS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(
					() -> pages(keys, (group) -> graph.paragraphs(parents(group), group.getFirst().after(),
							group.getFirst().first(), group.getFirst().count()))));
		registry.<PageKey, Page<GraphNode>>forName(FORUM_EVENTS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> pages(keys,
					(group) -> graph.eventsOfFora(parents(group), group.getFirst().includeOrgans(),
							group.getFirst().after(), group.getFirst().first(), group.getFirst().count()))));
		registry.<PageKey, Page<GraphNode>>forName(FORUM_INSTRUMENTS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> pages(keys,
					(group) -> graph.instrumentsOfFora(parents(group), group.getFirst().includeOrgans(),
							group.getFirst().after(), group.getFirst().first(), group.getFirst().count()))));
	}

	/** Groups page requests by their paging arguments: one statement per group, each source with its own page. */
	private static Map<SupportsKey, Page<SupportedFact>> supports(SupportRepository support, Set<SupportsKey> keys) {
		var result = new HashMap<SupportsKey, Page<SupportedFact>>();
		var groups = keys.stream().collect(Collectors.groupingBy((k) -> new SupportsKey(null, k.first(), k.afterKey())));
		for (var group : groups.values()) {
			var first = group.getFirst();
			var pages = support.supports(group.stream().map(SupportsKey::target).toList(), first.afterKey(), first.first());
			group.forEach((k) -> result.put(k, pages.get(k.target())));
		}
		return result;
	}

	private static Map<CitedByKey, List<CitingReference>> citedBy(GraphRepository graph, Set<CitedByKey> keys) {
		var result = new HashMap<CitedByKey, List<CitingReference>>();
		var groups = keys.stream().collect(Collectors.groupingBy((k) -> List.of(k.label(), k.depth(), k.includeParts())));
		for (var group : groups.values()) {
			var first = group.getFirst();
			var found = graph.citedBy(first.label(), group.stream().map(CitedByKey::key).toList(), first.depth(),
					first.includeParts());
			group.forEach((k) -> result.put(k, found.getOrDefault(k.key(), List.of())));
		}
		return result;
	}

	/** Groups page requests by everything but the node asked about: one statement per group. */
	private static Map<CitingPageKey, Page<CitingReference>> citingPages(GraphRepository graph, Set<CitingPageKey> keys) {
		var result = new HashMap<CitingPageKey, Page<CitingReference>>();
		var groups = keys.stream()
			.collect(Collectors.groupingBy((k) -> new CitingPageKey(
					new CitedByKey(k.cited().label(), "", k.cited().depth(), k.cited().includeParts()), k.first(), k.after(),
					k.count())));
		for (var group : groups.values()) {
			var first = group.getFirst();
			var pages = graph.citingPages(first.cited().label(), group.stream().map((k) -> k.cited().key()).toList(),
					first.cited().depth(), first.cited().includeParts(), first.after(), first.first(), first.count());
			group.forEach((k) -> result.put(k, pages.get(k.cited().key())));
		}
		return result;
	}

	/** One statement set per moment asked: the relationships of all parents as they were then. */
	private static Map<AsOf.Key, List<Link>> relatedAsOf(HistoryRepository history, RelationshipFields.Field field,
			Set<AsOf.Key> keys) {
		var result = new HashMap<AsOf.Key, List<Link>>();
		keys.stream().collect(Collectors.groupingBy((k) -> List.of(k.at(), k.includeRetired()))).forEach((asked, group) -> {
			var first = group.getFirst();
			var found = history.relatedAsOf(field.parent(), group.stream().map(AsOf.Key::parentKey).toList(),
					field.traversal(), first.at(), first.includeRetired());
			group.forEach((k) -> result.put(k, found.getOrDefault(k.parentKey(), List.of())));
		});
		return result;
	}

	/** Groups page requests by their arguments: one statement per group, each parent with its own page. */
	private static Map<PageKey, Page<GraphNode>> pages(Set<PageKey> keys,
			Function<List<PageKey>, Map<String, Page<GraphNode>>> load) {
		var result = new HashMap<PageKey, Page<GraphNode>>();
		var groups = keys.stream()
			.collect(Collectors.groupingBy((k) -> new PageKey("", k.first(), k.after(), k.includeOrgans(), k.count())));
		for (var group : groups.values()) {
			var pages = load.apply(group);
			group.forEach((k) -> result.put(k, pages.get(k.parentKey())));
		}
		return result;
	}

	private static Collection<String> parents(List<PageKey> group) {
		return group.stream().map(PageKey::parentKey).toList();
	}

}
