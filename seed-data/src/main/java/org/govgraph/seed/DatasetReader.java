package org.govgraph.seed;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govgraph.model.vocabulary.Enumerations;
import org.govgraph.model.vocabulary.FactRules;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.PropertyType;
import org.govgraph.model.vocabulary.ProvenanceKind;
import org.govgraph.model.vocabulary.QuantityQualifier;
import org.govgraph.model.vocabulary.RelationshipType;
import org.govgraph.seed.Dataset.CuratedSource;
import org.govgraph.seed.Dataset.NodeFact;
import org.govgraph.seed.Dataset.Provenance;
import org.govgraph.seed.Dataset.RelationshipFact;
import org.govgraph.seed.DatasetException.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the dataset files into a {@link Dataset}, rejecting with file and line anything that
 * would put a wrong or unsupported fact into the graph: a duplicate key, a dangling
 * reference, an unknown property or enum value, a malformed date, a fact without provenance,
 * a value that no provenance entry supports, a derivation without its rule or its inputs, a
 * bare number where the source qualifies it ("some 900"), a quote that is not in its source.
 */
public final class DatasetReader {

	static final String SOURCES_LIST = "sources";

	static final String RELATIONSHIPS_LIST = "relationships";

	static final String CURATED_PREFIX = FactRules.CURATED_PREFIX;


	private final Map<String, CuratedSource> sources = new LinkedHashMap<>();

	private final Map<String, NodeFact> nodes = new LinkedHashMap<>();

	private final List<PendingRelationship> pending = new ArrayList<>();

	private final List<PendingProvenance> quotes = new ArrayList<>();

	private final List<PendingDerivation> derivations = new ArrayList<>();

	/** The properties that hold a count, which may be written as a qualified quantity. */
	static final Set<String> QUANTITIES = Set.of("durationMinutes", "panelists", "participants");


	/** Reads and validates the files as one dataset. */
	public static Dataset read(DatasetFiles files) {
		return new DatasetReader().readAll(files);
	}

	private DatasetReader() {
	}

	private Dataset readAll(DatasetFiles files) {
		var documents = new ArrayList<Document>();
		for (DatasetFiles.File file : files.files()) {
			documents.add(new Document(file.name(), compose(file)));
		}
		for (Document document : documents) {
			readSources(document);
		}
		for (Document document : documents) {
			readNodes(document);
		}
		var paragraphLinks = resolveParagraphs();
		for (Document document : documents) {
			readRelationships(document);
		}
		var relationships = new ArrayList<RelationshipFact>(paragraphLinks);
		var seen = new HashMap<String, Location>();
		for (PendingRelationship relationship : this.pending) {
			var fact = resolve(relationship);
			var id = fact.type() + "|" + fact.from().key() + "|" + fact.to().key();
			var first = seen.putIfAbsent(id, fact.location());
			if (first != null) {
				throw new DatasetException(fact.location(),
						FactRules.duplicateRelationship(fact.type(), fact.from().key(), fact.to().key()) + " (first at " + first + ")");
			}
			relationships.add(fact);
		}
		for (PendingProvenance quoted : this.quotes) {
			checkQuote(quoted);
		}
		for (PendingDerivation derivation : this.derivations) {
			checkDerivation(derivation);
		}
		return new Dataset(files.checksum(), List.copyOf(this.sources.values()), List.copyOf(this.nodes.values()),
				List.copyOf(relationships));
	}

	// ------------------------------------------------------------------ parsing

	private record Document(String file, MappingNode root) {
	}

	private record PendingRelationship(RelationshipType type, String from, String to, Map<String, Object> properties,
			List<Provenance> provenance, Location location, Location fromLocation, Location toLocation) {
	}

	private record PendingProvenance(Provenance provenance, Location location) {
	}

	/** A derived entry whose derivedFrom references are resolved once every node is read. */
	private record PendingDerivation(String subjectKey, String ref, Location location) {
	}

	/** A provenance entry as written, before its supports are checked against its node. */
	private record Entry(Provenance provenance, List<String> supports, Location location, Location supportsLocation) {
	}

	/** A quantity written as {value, qualifier, asWritten}. */
	private record Qualified(QuantityQualifier qualifier, String asWritten) {
	}

	/** The largest file read, in code points. */
	static final int MAX_FILE_CODE_POINTS = 64 * 1024 * 1024;

	private static MappingNode compose(DatasetFiles.File file) {
		Node root;
		try {
			var options = new LoaderOptions();
			// The dataset's files are the project's own (or generated, chunk by chunk): larger than SnakeYAML's 3 MB default.
			options.setCodePointLimit(MAX_FILE_CODE_POINTS);
			root = new Yaml(options).compose(new StringReader(file.content()));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			throw new DatasetException(new Location(file.name(), line), "not valid YAML: " + ex.getProblem());
		}
		if (root == null) {
			throw new DatasetException(new Location(file.name(), 0), "is empty");
		}
		if (!(root instanceof MappingNode mapping)) {
			throw new DatasetException(at(file.name(), root), "must be a mapping of lists");
		}
		return mapping;
	}

	private void readSources(Document document) {
		for (var entry : entries(document.file(), document.root()).entrySet()) {
			if (!entry.getKey().equals(SOURCES_LIST)) {
				continue;
			}
			for (MappingNode item : listOfMappings(document.file(), entry.getValue())) {
				var fields = scalars(document.file(), item, Set.of("id", "statement", "url"));
				var location = at(document.file(), item);
				var id = require(fields, "id", location);
				if (!id.startsWith(CURATED_PREFIX)) {
					throw new DatasetException(location, FactRules.curatedSourceId(id));
				}
				var source = new CuratedSource(id, require(fields, "statement", location), require(fields, "url", location),
						location);
				var first = this.sources.putIfAbsent(id, source);
				if (first != null) {
					throw new DatasetException(location, "duplicate source " + id + " (first at " + first.location() + ")");
				}
			}
		}
	}

	private void readNodes(Document document) {
		for (var entry : entries(document.file(), document.root()).entrySet()) {
			String list = entry.getKey();
			if (list.equals(SOURCES_LIST) || list.equals(RELATIONSHIPS_LIST)) {
				continue;
			}
			NodeLabel label = NodeLabel.ofDatasetList(list)
				.orElseThrow(() -> new DatasetException(at(document.file(), entry.getValue()),
						"unknown list '" + list + "'; expected one of " + knownLists()));
			for (MappingNode item : listOfMappings(document.file(), entry.getValue())) {
				addNode(document.file(), label, item);
			}
		}
	}

	private void readRelationships(Document document) {
		for (var entry : entries(document.file(), document.root()).entrySet()) {
			if (!entry.getKey().equals(RELATIONSHIPS_LIST)) {
				continue;
			}
			for (MappingNode item : listOfMappings(document.file(), entry.getValue())) {
				addRelationship(document.file(), item);
			}
		}
	}

	private void addNode(String file, NodeLabel label, MappingNode item) {
		var location = at(file, item);
		var raw = fields(file, item);
		var allowed = new java.util.HashSet<>(label.properties());
		allowed.add("key");
		allowed.add("provenance");
		for (var name : raw.keySet()) {
			if (!allowed.contains(name)) {
				throw new DatasetException(at(file, raw.get(name)),
						FactRules.unknownProperty(name, label.label(), allowed));
			}
		}
		var properties = new LinkedHashMap<String, Object>();
		var qualified = new LinkedHashMap<String, Qualified>();
		for (var field : raw.entrySet()) {
			if (field.getKey().equals("provenance")) {
				continue;
			}
			if (field.getValue() instanceof MappingNode quantity && QUANTITIES.contains(field.getKey())) {
				var value = qualifiedQuantity(file, field.getKey(), quantity);
				properties.put(field.getKey(), value.getKey());
				qualified.put(field.getKey(), value.getValue());
			}
			else {
				properties.put(field.getKey(), scalarValue(file, field.getKey(), field.getValue()));
			}
		}
		var key = properties.get("key");
		if (!(key instanceof String text) || text.isBlank()) {
			throw new DatasetException(location, label.label() + " without a 'key'");
		}
		var provenanceNode = raw.get("provenance");
		var entries = (provenanceNode != null) ? entries(file, provenanceNode, text, true) : List.<Entry>of();
		checkKind(file, label, properties, raw);
		normalize(file, label, properties, raw);
		if (!entries.isEmpty()) {
			checkSupports(file, label, text, raw, properties, qualified, entries);
		}
		for (var quantity : qualified.entrySet()) {
			properties.put(quantity.getKey() + QuantityQualifier.QUALIFIER_SUFFIX, quantity.getValue().qualifier().name());
			properties.put(quantity.getKey() + QuantityQualifier.AS_WRITTEN_SUFFIX, quantity.getValue().asWritten());
		}
		var provenance = entries.stream().map(Entry::provenance).toList();

		var fact = new NodeFact(label, text, properties, provenance, location);
		var first = this.nodes.putIfAbsent(text, fact);
		if (first != null) {
			throw new DatasetException(location, FactRules.duplicateKey(text) + " (first at " + first.location() + ")");
		}
	}

	/** {@code {value: 900, qualifier: APPROXIMATE, asWritten: "some 900"}}: the number, and how the source words it. */
	private static Map.Entry<Long, Qualified> qualifiedQuantity(String file, String name, MappingNode node) {
		var fields = fields(file, node);
		for (var field : fields.keySet()) {
			if (!Set.of("value", "qualifier", "asWritten").contains(field)) {
				throw new DatasetException(at(file, fields.get(field)),
						"unexpected '" + field + "' in the quantity '" + name + "'; allowed: [asWritten, qualifier, value]");
			}
		}
		var location = at(file, node);
		if (!fields.containsKey("value") || !(scalarValue(file, name, fields.get("value")) instanceof Long value)) {
			throw new DatasetException(location, "the quantity '" + name + "' needs a whole number 'value'");
		}
		if (!fields.containsKey("qualifier") || !fields.containsKey("asWritten")) {
			throw new DatasetException(location,
					"the quantity '" + name + "' needs 'qualifier' and 'asWritten' (or write the bare number)");
		}
		var qualifierName = scalarValue(file, name, fields.get("qualifier")).toString();
		var qualifier = QuantityQualifier.of(qualifierName)
			.orElseThrow(() -> new DatasetException(at(file, fields.get("qualifier")), FactRules.unknownQualifier(qualifierName)));
		var asWritten = scalarValue(file, name, fields.get("asWritten")).toString();
		var words = QuantityQualifier.find(asWritten, value);
		if (words.isEmpty() || words.get().qualifier() != qualifier) {
			throw new DatasetException(at(file, fields.get("asWritten")), FactRules.notWrittenAs(asWritten, value, qualifier));
		}
		return Map.entry(value, new Qualified(qualifier, asWritten));
	}

	/**
	 * Every value (except the key and the identifying properties) is supported by at least one
	 * entry; every name an entry supports is a value of the node; a bare number is not
	 * qualified by the words of an entry that supports it, and a qualified one is written as
	 * in those words.
	 */
	private void checkSupports(String file, NodeLabel label, String key, Map<String, Node> raw,
			Map<String, Object> properties, Map<String, Qualified> qualified, List<Entry> entries) {
		var needed = new java.util.LinkedHashSet<>(raw.keySet());
		needed.remove("key");
		needed.remove("provenance");
		needed.removeAll(label.identifying());
		for (Entry entry : entries) {
			for (var name : entry.supports()) {
				if (!needed.contains(name)) {
					throw new DatasetException(entry.supportsLocation(), FactRules.supportsUnknown(key, name, raw.containsKey(name)));
				}
			}
		}
		for (var name : needed) {
			var supporting = entries.stream().filter((e) -> e.supports().contains(name)).toList();
			if (supporting.isEmpty()) {
				throw new DatasetException(at(file, raw.get(name)), FactRules.unsupported(key, name));
			}
			if (!(properties.get(name) instanceof Long number)) {
				continue;
			}
			var quantity = qualified.get(name);
			var worded = supporting.stream().filter((e) -> words(e.provenance()) != null).toList();
			if (quantity == null) {
				for (Entry entry : worded) {
					var match = QuantityQualifier.find(words(entry.provenance()), number);
					if (match.isPresent()) {
						throw new DatasetException(at(file, raw.get(name)), FactRules.bareNumber(key, name, number, entry.provenance().source(), match.get()));
					}
				}
			}
			else if (!worded.isEmpty() && worded.stream().noneMatch((e) -> words(e.provenance()).contains(quantity.asWritten()))) {
				throw new DatasetException(at(file, raw.get(name)), FactRules.notInWords(key, name, quantity.asWritten()));
			}
		}
	}

	/** The words a quoted or curated entry rests on; null for a derived one. */
	private String words(Provenance provenance) {
		return switch (provenance.kind()) {
			case QUOTED -> provenance.quote();
			case CURATED -> this.sources.get(provenance.source()).statement();
			case DERIVED -> null;
		};
	}

	private void addRelationship(String file, MappingNode item) {
		var location = at(file, item);
		var raw = fields(file, item);
		var typeName = requireScalar(file, raw, "type", location);
		var type = RelationshipType.of(typeName)
			.orElseThrow(() -> new DatasetException(at(file, raw.get("type")), "unknown relationship type '" + typeName
					+ "'; expected one of " + sorted(java.util.Arrays.stream(RelationshipType.values()).map(Enum::name).toList())));
		var allowed = new java.util.HashSet<>(type.properties());
		allowed.addAll(Set.of("type", "from", "to", "provenance"));
		for (var name : raw.keySet()) {
			if (!allowed.contains(name)) {
				throw new DatasetException(at(file, raw.get(name)),
						FactRules.unknownProperty(name, type.name(), allowed));
			}
		}
		var from = requireScalar(file, raw, "from", location);
		var to = requireScalar(file, raw, "to", location);
		var properties = new LinkedHashMap<String, Object>();
		for (var name : type.properties()) {
			if (raw.containsKey(name)) {
				properties.put(name, scalarValue(file, name, raw.get(name)));
			}
		}
		var provenanceNode = raw.get("provenance");
		if (provenanceNode == null) {
			throw new DatasetException(location, FactRules.noProvenance(type.name() + " from " + from + " to", to));
		}
		var provenance = entries(file, provenanceNode, null, false).stream().map(Entry::provenance).toList();
		this.pending.add(new PendingRelationship(type, from, to, properties, provenance, location,
				at(file, raw.get("from")), at(file, raw.get("to"))));
	}

	/**
	 * A provenance list. An entry with {@code rule}/{@code derivedFrom} is DERIVED, one whose
	 * source is {@code curated/…} CURATED, any other QUOTED. A node's entries name the
	 * properties they support; a relationship's support the relationship as a whole.
	 */
	private List<Entry> entries(String file, Node node, String subjectKey, boolean ofNode) {
		var result = new ArrayList<Entry>();
		for (MappingNode item : listOfMappings(file, node)) {
			var location = at(file, item);
			var raw = fields(file, item);
			var allowed = Set.of("source", "locator", "quote", "supports", "rule", "derivedFrom");
			var fields = new LinkedHashMap<String, String>();
			for (var field : raw.entrySet()) {
				if (!allowed.contains(field.getKey())) {
					throw new DatasetException(at(file, field.getValue()),
							"unexpected '" + field.getKey() + "'; allowed: " + sorted(allowed));
				}
				if (!field.getKey().equals("supports") && !field.getKey().equals("derivedFrom")) {
					if (!(field.getValue() instanceof ScalarNode scalar)) {
						throw new DatasetException(at(file, field.getValue()), "'" + field.getKey() + "' must be text");
					}
					fields.put(field.getKey(), scalar.getValue());
				}
			}
			List<String> supports = List.of();
			Location supportsLocation = location;
			if (raw.containsKey("supports")) {
				if (!ofNode) {
					throw new DatasetException(at(file, raw.get("supports")),
							FactRules.relationshipEntryTakesNoSupports());
				}
				supports = names(file, "supports", raw.get("supports"));
				supportsLocation = at(file, raw.get("supports"));
			}
			else if (ofNode) {
				throw new DatasetException(location,
						FactRules.nodeEntryNeedsSupports());
			}
			Provenance provenance;
			var stored = supports.stream().map((n) -> PropertyType.storedName(n)).toList();
			if (raw.containsKey("rule") || raw.containsKey("derivedFrom")) {
				for (var field : List.of("source", "locator", "quote")) {
					if (fields.containsKey(field)) {
						throw new DatasetException(location,
								FactRules.derivedHas(field));
					}
				}
				var rule = fields.get("rule");
				if (rule == null || rule.isBlank()) {
					throw new DatasetException(location, FactRules.derivedNeedsRule());
				}
				if (!raw.containsKey("derivedFrom")) {
					throw new DatasetException(location,
							FactRules.derivedNeedsDerivedFrom());
				}
				var from = names(file, "derivedFrom", raw.get("derivedFrom"));
				var derivedFromLocation = at(file, raw.get("derivedFrom"));
				var storedFrom = new ArrayList<String>();
				for (var ref : from) {
					this.derivations.add(new PendingDerivation(subjectKey, ref, derivedFromLocation));
					storedFrom.add(PropertyType.storedRef(ref));
				}
				provenance = new Provenance(null, null, null, ProvenanceKind.DERIVED, stored, rule, storedFrom);
			}
			else {
				var source = require(fields, "source", location);
				if (source.startsWith(CURATED_PREFIX)) {
					if (fields.containsKey("locator") || fields.containsKey("quote")) {
						throw new DatasetException(location,
								FactRules.curatedIsNotQuoted(source));
					}
					if (!this.sources.containsKey(source)) {
						throw new DatasetException(location, FactRules.unknownCuratedSource(source));
					}
					provenance = new Provenance(source, null, null, ProvenanceKind.CURATED, stored, null, List.of());
				}
				else {
					provenance = new Provenance(source, require(fields, "locator", location), require(fields, "quote", location),
							ProvenanceKind.QUOTED, stored, null, List.of());
					this.quotes.add(new PendingProvenance(provenance, location));
				}
			}
			result.add(new Entry(provenance, supports, location, supportsLocation));
		}
		if (result.isEmpty()) {
			throw new DatasetException(at(file, node), "an empty provenance list");
		}
		return List.copyOf(result);
	}

	/** A non-empty list of names, e.g. {@code [name, start]}. */
	private static List<String> names(String file, String field, Node node) {
		if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
			throw new DatasetException(at(file, node), "'" + field + "' must be a non-empty list, e.g. [name, start]");
		}
		var result = new ArrayList<String>();
		for (Node item : sequence.getValue()) {
			if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
				throw new DatasetException(at(file, item), "each entry of '" + field + "' must be a name");
			}
			if (result.contains(scalar.getValue())) {
				throw new DatasetException(at(file, item), "'" + field + "' names " + scalar.getValue() + " twice");
			}
			result.add(scalar.getValue());
		}
		return List.copyOf(result);
	}


	/** A reference resolves to a curated fact, a value of the same node, a node key, or {@code <key>.<property>}. */
	private void checkDerivation(PendingDerivation derivation) {
		var ref = derivation.ref();
		if (ref.startsWith(CURATED_PREFIX)) {
			if (!this.sources.containsKey(ref)) {
				throw new DatasetException(derivation.location(), FactRules.unknownCuratedDerivation(ref));
			}
			return;
		}
		var stored = PropertyType.storedRef(ref);
		if (derivation.subjectKey() != null && !stored.contains(".") && !stored.contains("/")
				&& this.nodes.get(derivation.subjectKey()).properties().containsKey(stored)) {
			return;
		}
		if (this.nodes.containsKey(ref)) {
			return;
		}
		int dot = stored.lastIndexOf('.');
		if (dot > 0) {
			var node = this.nodes.get(stored.substring(0, dot));
			if (node != null && node.properties().containsKey(stored.substring(dot + 1))) {
				return;
			}
		}
		throw new DatasetException(derivation.location(), FactRules.unresolvedDerivation(ref, derivation.subjectKey()));
	}

	// ------------------------------------------------------------------ validation

	private static void checkKind(String file, NodeLabel label, Map<String, Object> properties, Map<String, Node> raw) {
		var kinds = Enumerations.kindsOf(label);
		if (kinds.isEmpty()) {
			return;
		}
		var kind = properties.get("kind");
		if (kind == null) {
			throw new DatasetException(at(file, raw.values().iterator().next()),
					FactRules.missingKind(label, properties.get("key")));
		}
		if (!kinds.contains(kind)) {
			throw new DatasetException(at(file, raw.get("kind")),
					FactRules.unknownKind(label, kind));
		}
	}

	/** Checks typed properties and adds the derived ones (date precision, paragraph links). */
	private static void normalize(String file, NodeLabel label, Map<String, Object> properties, Map<String, Node> raw) {
		switch (label) {
			case INSTRUMENT -> {
				var date = properties.get("date");
				if (date != null) {
					properties.put("datePrecision", partialDatePrecision(file, raw.get("date"), date));
				}
				if (!properties.containsKey("sourceDocument")) {
					properties.put("sourceDocument", false);
				}
				expect(file, raw, properties, "sourceDocument", Boolean.class);
			}
			case EVENT -> {
				var start = properties.get("start");
				var end = properties.get("end");
				var zone = properties.get("timeZone");
				if (start != null) {
					properties.put("startPrecision", eventTimePrecision(file, raw.get("start"), start, zone));
				}
				if (end != null) {
					properties.put("endPrecision", eventTimePrecision(file, raw.get("end"), end, zone));
				}
				if (zone != null) {
					try {
						FactRules.timeZone(zone);
					}
					catch (FactRules.Violation ex) {
						throw new DatasetException(at(file, raw.get("timeZone")), ex.getMessage());
					}
				}
				try {
					FactRules.eventOrder(start, end);
				}
				catch (FactRules.Violation ex) {
					throw new DatasetException(at(file, raw.get("end")), ex.getMessage());
				}
				expect(file, raw, properties, "durationMinutes", Long.class);
				expect(file, raw, properties, "panelists", Long.class);
				expect(file, raw, properties, "participants", Long.class);
				expect(file, raw, properties, "openFloor", Boolean.class);
				expect(file, raw, properties, "remoteParticipation", Boolean.class);
			}
			case PARAGRAPH -> {
				expect(file, raw, properties, "position", Long.class);
				expect(file, raw, properties, "textComplete", Boolean.class);
				if (!properties.containsKey("eId") || !properties.containsKey("instrument")) {
					throw new DatasetException(at(file, raw.get("key")), "a paragraph needs 'instrument' and 'eId'");
				}
				var expectedKey = properties.get("instrument") + "#" + properties.get("eId");
				if (!expectedKey.equals(properties.get("key"))) {
					throw new DatasetException(at(file, raw.get("key")),
							FactRules.wrongParagraphKey(expectedKey));
				}
			}
			default -> {
			}
		}
	}

	private static void expect(String file, Map<String, Node> raw, Map<String, Object> properties, String name,
			Class<?> type) {
		var value = properties.get(name);
		if (value != null && !type.isInstance(value)) {
			throw new DatasetException(at(file, raw.get(name)), (type == Boolean.class) ? FactRules.notABoolean(name, value) : FactRules.notANumber(name, value));
		}
	}

	private static String partialDatePrecision(String file, Node node, Object value) {
		try {
			return FactRules.partialDatePrecision(value.toString());
		}
		catch (FactRules.Violation ex) {
			throw new DatasetException(at(file, node), ex.getMessage());
		}
	}

	private static String eventTimePrecision(String file, Node node, Object value, Object zone) {
		try {
			return FactRules.eventTimePrecision(value.toString(), zone);
		}
		catch (FactRules.Violation ex) {
			throw new DatasetException(at(file, node), ex.getMessage());
		}
	}

	/** Paragraphs: their instrument and parent exist; each gets its part-of link. */
	private List<RelationshipFact> resolveParagraphs() {
		var links = new ArrayList<RelationshipFact>();
		for (NodeFact node : List.copyOf(this.nodes.values())) {
			if (node.label() != NodeLabel.PARAGRAPH) {
				continue;
			}
			var properties = node.properties();
			var instrumentKey = properties.get("instrument").toString();
			var instrument = this.nodes.get(instrumentKey);
			if (instrument == null || instrument.label() != NodeLabel.INSTRUMENT) {
				throw new DatasetException(node.location(), FactRules.unknownInstrument(node.key(), instrumentKey));
			}
			var provenance = node.provenance();
			if (Boolean.TRUE.equals(instrument.properties().get("sourceDocument"))) {
				if (!provenance.isEmpty()) {
					throw new DatasetException(node.location(),
							FactRules.sourceDocumentParagraph());
				}
				var text = properties.get("text");
				if (text == null) {
					throw new DatasetException(node.location(), "a paragraph of a source document needs its 'text'");
				}
				var lines = properties.get("lines");
				var locator = properties.get("eId") + ((lines != null) ? " (lines " + lines + ")" : "");
				// The paragraph is its own source: the entry supports every value it has.
				var all = properties.keySet()
					.stream()
					.filter((name) -> !name.equals("key") && !NodeLabel.PARAGRAPH.identifying().contains(name))
					.map((name) -> PropertyType.storedName(name))
					.toList();
				provenance = List.of(new Provenance(instrumentKey, locator, text.toString(), ProvenanceKind.QUOTED, all, null,
						List.of()));
			}
			else if (provenance.isEmpty()) {
				throw new DatasetException(node.location(), FactRules.noProvenance("paragraph", node.key()));
			}
			var parentEId = properties.get("parent");
			NodeFact parent = instrument;
			if (parentEId != null) {
				parent = this.nodes.get(instrumentKey + "#" + parentEId);
				if (parent == null) {
					throw new DatasetException(node.location(),
							FactRules.unknownParent(node.key(), parentEId.toString(), instrumentKey));
				}
			}
			var stored = new LinkedHashMap<>(properties);
			stored.remove("instrument");
			stored.remove("parent");
			stored.put("instrumentKey", instrumentKey);
			if (parentEId != null) {
				stored.put("parentKey", parent.key());
			}
			var resolved = new NodeFact(node.label(), node.key(), stored, provenance, node.location());
			this.nodes.put(node.key(), resolved);
			// The link rests on what supports the paragraph's parent; with no parent, on the paragraph.
			var linkProvenance = provenance.stream()
				.filter((p) -> parentEId == null || p.supports().contains("parentKey"))
				.map(Provenance::forRelationship)
				.toList();
			links.add(new RelationshipFact(RelationshipType.PART_OF, resolved, parent, Map.of(), linkProvenance,
					node.location()));
		}
		for (NodeFact node : List.copyOf(this.nodes.values())) {
			if (node.label() == NodeLabel.PARAGRAPH) {
				var stored = new LinkedHashMap<>(node.properties());
				stored.put("documentOrder", documentOrder(node));
				this.nodes.put(node.key(), new NodeFact(node.label(), node.key(), stored, node.provenance(), node.location()));
			}
		}
		for (NodeFact node : this.nodes.values()) {
			if (node.provenance().isEmpty()) {
				throw new DatasetException(node.location(), FactRules.noProvenance(node.label().label(), node.key()));
			}
		}
		return links;
	}

	/**
	 * A paragraph's place in its instrument, as text that sorts in document order: the
	 * positions along its chain of parents, zero-padded ({@code 0007.0001} for item i of the
	 * seventh paragraph). A paragraph without a position sorts first among its siblings.
	 */
	private String documentOrder(NodeFact paragraph) {
		var position = paragraph.properties().get("position");
		var own = "%04d".formatted((position instanceof Long number) ? number : 0L);
		var parentKey = paragraph.properties().get("parentKey");
		return (parentKey != null) ? documentOrder(this.nodes.get(parentKey.toString())) + "." + own : own;
	}

	private RelationshipFact resolve(PendingRelationship relationship) {
		var from = endpoint(relationship.from(), relationship.type().from(), relationship, relationship.fromLocation(), "from");
		var to = endpoint(relationship.to(), relationship.type().to(), relationship, relationship.toLocation(), "to");
		return new RelationshipFact(relationship.type(), from, to, relationship.properties(), relationship.provenance(),
				relationship.location());
	}

	private NodeFact endpoint(String key, Set<NodeLabel> labels, PendingRelationship relationship, Location location,
			String end) {
		var node = this.nodes.get(key);
		if (node == null) {
			throw new DatasetException(location, FactRules.unknownEndpoint(relationship.type(), end, key));
		}
		if (!labels.contains(node.label())) {
			throw new DatasetException(location, FactRules.wrongEndpoint(relationship.type(), end, node.label(), key));
		}
		return node;
	}

	private void checkQuote(PendingProvenance quoted) {
		var provenance = quoted.provenance();
		var document = this.nodes.get(provenance.source());
		if (document == null || document.label() != NodeLabel.INSTRUMENT
				|| !Boolean.TRUE.equals(document.properties().get("sourceDocument"))) {
			throw new DatasetException(quoted.location(),
					FactRules.unknownSource(provenance.source()));
		}
		var paragraph = this.nodes.get(provenance.source() + "#" + provenance.locator());
		if (paragraph == null) {
			throw new DatasetException(quoted.location(),
					FactRules.locatorNotAParagraph(provenance.locator(), provenance.source()));
		}
		var text = paragraph.properties().get("text");
		if (text == null || !text.toString().contains(provenance.quote())) {
			throw new DatasetException(quoted.location(),
					FactRules.quoteNotInSource(provenance.quote(), provenance.source(), provenance.locator()));
		}
	}

	// ------------------------------------------------------------------ YAML helpers

	private static Map<String, Node> entries(String file, MappingNode mapping) {
		return fields(file, mapping);
	}

	private static Map<String, Node> fields(String file, MappingNode mapping) {
		var result = new LinkedHashMap<String, Node>();
		for (var tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw new DatasetException(at(file, tuple.getKeyNode()), "keys must be plain names");
			}
			if (result.put(key.getValue(), tuple.getValueNode()) != null) {
				throw new DatasetException(at(file, key), "'" + key.getValue() + "' is given twice");
			}
		}
		return result;
	}

	private static List<MappingNode> listOfMappings(String file, Node node) {
		if (!(node instanceof SequenceNode sequence)) {
			throw new DatasetException(at(file, node), "expected a list");
		}
		var result = new ArrayList<MappingNode>();
		for (Node item : sequence.getValue()) {
			if (!(item instanceof MappingNode mapping)) {
				throw new DatasetException(at(file, item), "expected a mapping");
			}
			result.add(mapping);
		}
		return result;
	}

	private static Map<String, String> scalars(String file, MappingNode mapping, Set<String> allowed) {
		var result = new LinkedHashMap<String, String>();
		for (var field : fields(file, mapping).entrySet()) {
			if (!allowed.contains(field.getKey())) {
				throw new DatasetException(at(file, field.getValue()),
						"unexpected '" + field.getKey() + "'; allowed: " + sorted(allowed));
			}
			if (!(field.getValue() instanceof ScalarNode scalar)) {
				throw new DatasetException(at(file, field.getValue()), "'" + field.getKey() + "' must be text");
			}
			result.put(field.getKey(), scalar.getValue());
		}
		return result;
	}

	private static Object scalarValue(String file, String name, Node node) {
		if (!(node instanceof ScalarNode scalar)) {
			throw new DatasetException(at(file, node), "'" + name + "' must be a single value");
		}
		Tag tag = scalar.getTag();
		String value = scalar.getValue();
		if (Tag.NULL.equals(tag)) {
			throw new DatasetException(at(file, node), "'" + name + "' is empty; leave it out instead");
		}
		if (Tag.BOOL.equals(tag)) {
			return Boolean.parseBoolean(value);
		}
		if (Tag.INT.equals(tag)) {
			try {
				return Long.parseLong(value);
			}
			catch (NumberFormatException ex) {
				throw new DatasetException(at(file, node), "'" + name + "' is not a whole number: " + value);
			}
		}
		if (Tag.FLOAT.equals(tag)) {
			throw new DatasetException(at(file, node), "'" + name + "' must not be a decimal number: " + value);
		}
		return value;
	}

	private static String require(Map<String, String> fields, String name, Location location) {
		var value = fields.get(name);
		if (value == null || value.isBlank()) {
			throw new DatasetException(location, "'" + name + "' is required");
		}
		return value;
	}

	private static String requireScalar(String file, Map<String, Node> raw, String name, Location location) {
		var node = raw.get(name);
		if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
			throw new DatasetException(location, "'" + name + "' is required");
		}
		return scalar.getValue();
	}

	private static Location at(String file, Node node) {
		return new Location(file, node.getStartMark().getLine() + 1);
	}

	private static List<String> sorted(java.util.Collection<String> values) {
		return values.stream().sorted().toList();
	}

	private static List<String> knownLists() {
		var lists = new ArrayList<String>();
		for (NodeLabel label : NodeLabel.values()) {
			lists.add(label.datasetList());
		}
		lists.add(SOURCES_LIST);
		lists.add(RELATIONSHIPS_LIST);
		return lists;
	}

}
