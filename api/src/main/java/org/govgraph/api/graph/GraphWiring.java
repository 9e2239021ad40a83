package org.govgraph.api.graph;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;

import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphNode.Provenance;
import org.govgraph.model.provenance.SupportRepository.SupportedFact;
import org.govgraph.model.provenance.SupportRepository.Target;
import org.govgraph.api.graph.GraphLoaders.SupportsKey;
import org.govgraph.model.graph.GraphRepository.CitingReference;
import org.govgraph.model.graph.GraphRepository.SourceInfo;
import org.govgraph.model.graph.Link;
import org.govgraph.model.graph.Page;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.api.graph.GraphLoaders.CitedByKey;
import org.govgraph.api.graph.GraphLoaders.CitingPageKey;
import org.govgraph.api.graph.GraphLoaders.PageKey;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the entity types of the schema (every type implementing {@code Node}) to the graph:
 * plain fields read the node's properties, relationship fields go through
 * {@link RelationshipFields} and their batch loaders, and the rest (dates, IDs, provenance,
 * nested connections) are resolved here. Root query fields live in the feature controllers.
 */
@Component
public class GraphWiring implements RuntimeWiringConfigurer {

	/** Fields of node types that an annotated controller resolves ({@code calendar/CalendarUrlController}). */
	static final java.util.Set<String> WIRED_BY_CONTROLLERS = java.util.Set.of("Forum.calendarUrl", "Event.calendarUrl",
			"StakeholderGroup.calendarUrl");

	private TypeDefinitionRegistry registry;

	@Override
	public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("Node", (type) -> type.typeResolver(
				(env) -> env.getSchema().getObjectType(((GraphNode) env.getObject()).label().label())));

		var special = specialFields();
		var relationships = new HashMap<String, RelationshipFields.Field>();
		RelationshipFields.ALL.forEach((f) -> relationships.put(f.type() + "." + f.name(), f));

		for (ObjectTypeDefinition type : this.registry.getTypes(ObjectTypeDefinition.class)) {
			boolean isNode = type.getImplements().stream().anyMatch((t) -> t instanceof TypeName n && n.getName().equals("Node"));
			if (!isNode) {
				continue;
			}
			var wiring = TypeRuntimeWiring.newTypeWiring(type.getName());
			for (var field : type.getFieldDefinitions()) {
				String name = type.getName() + "." + field.getName();
				if (WIRED_BY_CONTROLLERS.contains(name)) {
					continue;
				}
				DataFetcher<?> fetcher = special.get(name);
				if (fetcher == null && relationships.containsKey(name)) {
					fetcher = relationship(relationships.get(name));
				}
				if (fetcher == null) {
					fetcher = special.getOrDefault("*." + field.getName(), property(field.getName()));
				}
				wiring.dataFetcher(field.getName(), fetcher);
			}
			builder.type(wiring);
		}

		RelationshipFields.LINK_TARGETS.forEach((type, target) -> builder.type(type, (wiring) -> wiring
			.dataFetcher(target, (env) -> ((Link) env.getSource()).node())
			.dataFetcher("relationship", (env) -> ((Link) env.getSource()).type())
			.dataFetcher("action", (env) -> ((Link) env.getSource()).string("action"))
			.dataFetcher("note", (env) -> ((Link) env.getSource()).string("note"))
			.dataFetcher("invitees", (env) -> ((Link) env.getSource()).string("invitees"))
			.dataFetcher("asWritten", (env) -> ((Link) env.getSource()).string("asWritten"))
			.dataFetcher("provenance", (env) -> ((Link) env.getSource()).provenance())));

		builder.type("Citation", (wiring) -> wiring.dataFetcher("source", (env) -> ((Citation) env.getSource()).source())
			.dataFetcher("target", (env) -> ((Citation) env.getSource()).link().node())
			.dataFetcher("pinpoint", (env) -> ((Citation) env.getSource()).link().string("pinpoint"))
			.dataFetcher("provenance", (env) -> ((Citation) env.getSource()).link().provenance()));

		builder.type("CitingReference", (wiring) -> wiring
			.dataFetcher("source", (env) -> ((CitingReference) env.getSource()).source())
			.dataFetcher("target", (env) -> ((CitingReference) env.getSource()).target())
			.dataFetcher("depth", (env) -> ((CitingReference) env.getSource()).depth())
			.dataFetcher("pinpoint", (env) -> ((CitingReference) env.getSource()).citation().get("pinpoint"))
			.dataFetcher("provenance",
					(env) -> Provenance.fromProperties(((CitingReference) env.getSource()).citation())));

		builder.type("SupportedFact", (wiring) -> wiring
			.dataFetcher("subject", (env) -> byKey(env, ((SupportedFact) env.getSource()).subjectLabel(),
					((SupportedFact) env.getSource()).subjectKey()))
			.dataFetcher("relationship", (env) -> ((SupportedFact) env.getSource()).relationshipType())
			.dataFetcher("object", (env) -> {
				SupportedFact fact = env.getSource();
				return (fact.objectLabel() != null) ? byKey(env, fact.objectLabel(), fact.objectKey()) : null;
			})
			.dataFetcher("properties", (env) -> ((SupportedFact) env.getSource()).provenance().supports())
			.dataFetcher("provenance", (env) -> ((SupportedFact) env.getSource()).provenance()));

		builder.type("Provenance", (wiring) -> wiring.dataFetcher("sourceTitle", source(SourceInfo::title))
			.dataFetcher("url", source(SourceInfo::url))
			.dataFetcher("statement", source(SourceInfo::statement)));
	}

	/** A citation read from the citing side. */
	record Citation(GraphNode source, Link link) {
	}

	/** The {@code EventTime} type. */
	record EventTime(PartialDate date, String localDateTime, String timeZone, OffsetDateTime instant) {

		static EventTime of(String value, String precision, String timeZone) {
			if (value == null) {
				return null;
			}
			if (!"MINUTE".equals(precision)) {
				return new EventTime(PartialDate.of(value, precision), null, null, null);
			}
			var local = LocalDateTime.parse(value);
			return new EventTime(PartialDate.ofEventTime(value, precision), value, timeZone,
					local.atZone(ZoneId.of(timeZone)).toOffsetDateTime());
		}

	}

	/** The {@code Quantity} type. */
	record QuantityView(long value, boolean exact, String qualifier, String asWritten) {

		static QuantityView of(GraphNode.Quantity quantity) {
			return (quantity != null) ? new QuantityView(quantity.value(), quantity.qualifier() == null,
					quantity.qualifier(), quantity.asWritten()) : null;
		}

	}

	/** One page of the facts a source, or one of its paragraphs, supports. */
	private static Object supports(DataFetchingEnvironment env, String scope, Target target) {
		var paging = Connections.paging(scope, env.getArgument("first"), env.getArgument("after"), env.getSelectionSet());
		return env.<SupportsKey, Page<SupportedFact>>getDataLoader(GraphLoaders.SUPPORTS)
			.load(new SupportsKey(target, paging.first(), (paging.after() != null) ? paging.after().key() : null))
			.thenApply((page) -> Connections.of(page, paging));
	}

	/** The {@code EventContact} type. */
	record EventContact(String organization, String address, String email, String phone) {
	}

	private static Map<String, DataFetcher<?>> specialFields() {
		var fields = new HashMap<String, DataFetcher<?>>();
		fields.put("*.id", (env) -> GlobalId.of(node(env)));
		fields.put("*.provenance", (env) -> node(env).provenance());
		fields.put("*.statements", (env) -> node(env).statements());
		fields.put("*.version", (env) -> node(env).version());
		fields.put("*.retired", (env) -> node(env).retired());

		fields.put("Instrument.date", (env) -> PartialDate.of(node(env).string("date"), node(env).string("datePrecision")));
		fields.put("Instrument.displayTitle", (env) -> displayTitle(node(env)));
		fields.put("Instrument.paragraphs", (env) -> page(env, GraphLoaders.PARAGRAPHS, "Instrument.paragraphs", false));
		fields.put("Instrument.citedBy", GraphWiring::citedBy);
		fields.put("Instrument.citingReferences", GraphWiring::citingReferences);

		fields.put("Paragraph.textComplete", (env) -> !Boolean.FALSE.equals(node(env).properties().get("textComplete")));
		fields.put("Paragraph.instrument", (env) -> byKey(env, NodeLabel.INSTRUMENT, node(env).string("instrumentKey")));
		fields.put("Paragraph.parent", (env) -> byKey(env, NodeLabel.PARAGRAPH, node(env).string("parentKey")));
		fields.put("Paragraph.citedBy", GraphWiring::citedBy);
		fields.put("Paragraph.citingReferences", GraphWiring::citingReferences);
		fields.put("Paragraph.supports", (env) -> supports(env, "Paragraph.supports",
				new Target(node(env).string("instrumentKey"), node(env).string("eId"))));
		fields.put("Instrument.supports", (env) -> supports(env, "Instrument.supports", new Target(node(env).key(), null)));
		fields.put("Event.participants", (env) -> QuantityView.of(node(env).quantity("participants")));

		fields.put("Forum.events", (env) -> page(env, GraphLoaders.FORUM_EVENTS, "Forum.events", true));
		fields.put("Forum.instruments", (env) -> page(env, GraphLoaders.FORUM_INSTRUMENTS, "Forum.instruments", true));

		fields.put("Event.start", (env) -> EventTime.of(node(env).string("start"), node(env).string("startPrecision"),
				node(env).string("timeZone")));
		fields.put("Event.end", (env) -> EventTime.of(node(env).string("end"), node(env).string("endPrecision"),
				node(env).string("timeZone")));
		fields.put("Event.contact", (env) -> {
			var n = node(env);
			var contact = new EventContact(n.string("contactOrganization"), n.string("contactAddress"),
					n.string("contactEmail"), n.string("contactPhone"));
			return (contact.equals(new EventContact(null, null, null, null))) ? null : contact;
		});
		fields.put("Event.forum", (env) -> env.<String, GraphNode>getDataLoader(GraphLoaders.EVENT_FORUM).load(node(env).key()));
		return fields;
	}

	/** An instrument's title, else its symbol, else its key: what a list shows for it. */
	public static String displayTitle(GraphNode node) {
		var title = node.string("title");
		if (title != null) {
			return title;
		}
		var symbol = node.string("symbol");
		return (symbol != null) ? symbol : node.key();
	}

	private static GraphNode node(DataFetchingEnvironment env) {
		return env.getSource();
	}

	private static DataFetcher<Object> property(String name) {
		return (env) -> node(env).properties().get(name);
	}

	private static DataFetcher<CompletableFuture<Object>> relationship(RelationshipFields.Field field) {
		return (env) -> {
			GraphNode parent = node(env);
			boolean includeRetired = Boolean.TRUE.equals(env.getArgument("includeRetired"));
			var links = (env.getLocalContext() instanceof AsOf asOf)
					? env.<AsOf.Key, List<Link>>getDataLoader(AsOf.loaderName(field))
						.load(new AsOf.Key(parent.key(), asOf.at(), includeRetired))
					: env.<String, List<Link>>getDataLoader(field.loaderName(includeRetired)).load(parent.key());
			return links.thenApply((loaded) -> {
				List<Link> found = (loaded != null) ? loaded : List.of();
				return switch (field.shape()) {
					case LINKS -> found;
					case LINK -> found.isEmpty() ? null : found.getFirst();
					case NODES -> found.stream().map(Link::node).toList();
					case NODE -> found.isEmpty() ? null : found.getFirst().node();
					case CITATIONS -> found.stream().map((l) -> new Citation(parent, l)).toList();
				};
			});
		};
	}

	private static Object byKey(DataFetchingEnvironment env, NodeLabel label, String key) {
		if (key == null) {
			return null;
		}
		return env.<String, GraphNode>getDataLoader(GraphLoaders.nodes(label)).load(key);
	}

	private static Object citedBy(DataFetchingEnvironment env) {
		return env.<CitedByKey, List<CitingReference>>getDataLoader(GraphLoaders.CITED_BY).load(cited(env));
	}

	/** What a {@code citedBy} or {@code citingReferences} field asks: the node, the depth (checked), the parts. */
	private static CitedByKey cited(DataFetchingEnvironment env) {
		Integer depth = env.getArgument("depth");
		int value = (depth != null) ? depth : 1;
		if (value < 1 || value > ArgumentRanges.MAX_CITATION_DEPTH) {
			throw ApiException.badRequest("depth", "'depth' must be 1, 2 or 3, not " + value + " (argument 'depth')");
		}
		var parent = node(env);
		boolean includeParts = parent.label() == NodeLabel.INSTRUMENT && !Boolean.FALSE.equals(env.getArgument("includeParts"));
		return new CitedByKey(parent.label(), parent.key(), value, includeParts);
	}

	private static Object citingReferences(DataFetchingEnvironment env) {
		var cited = cited(env);
		var scope = "citingReferences:" + cited.depth() + ":" + cited.includeParts();
		var paging = Connections.paging(scope, env.getArgument("first"), env.getArgument("after"), env.getSelectionSet());
		return env.<CitingPageKey, Page<CitingReference>>getDataLoader(GraphLoaders.CITING_PAGES)
			.load(new CitingPageKey(cited, paging.first(), paging.after(), paging.count()))
			.thenApply((page) -> Connections.of(page, paging));
	}

	private static Object page(DataFetchingEnvironment env, String loader, String scope, boolean organs) {
		var paging = Connections.paging(scope, env.getArgument("first"), env.getArgument("after"), env.getSelectionSet());
		boolean includeOrgans = organs && !Boolean.FALSE.equals(env.getArgument("includeOrgans"));
		return env.<PageKey, Page<GraphNode>>getDataLoader(loader)
			.load(new PageKey(node(env).key(), paging.first(), paging.after(), includeOrgans, paging.count()))
			.thenApply((page) -> Connections.of(page, paging));
	}

	private static DataFetcher<Object> source(java.util.function.Function<SourceInfo, String> field) {
		return (env) -> {
			Provenance provenance = env.getSource();
			if (provenance.source() == null) {
				return null;
			}
			return env.<String, SourceInfo>getDataLoader(GraphLoaders.SOURCES)
				.load(provenance.source())
				.thenApply((info) -> (info != null) ? field.apply(info) : null);
		};
	}

}
