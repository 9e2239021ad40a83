package org.govgraph.seed.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.govgraph.seed.DatasetFiles;
import org.govgraph.seed.synthetic.GraphSize.Shape;

/**
 * A synthetic governance graph, deterministic from a seed: fora and their organs; stakeholder
 * groups and the roles instruments give them; topics; source documents whose paragraphs quoted
 * provenance cites; instruments with versions, revisions and nested paragraphs whose citations
 * have a heavy-tailed in-degree (most cite a few early, much-cited instruments); and events from
 * 1965 to 2026 across the fora, in series. Every value and relationship carries provenance as the
 * curated dataset's do: curated sources, quotes from the source documents, and dates derived from
 * the events that adopted the instruments.
 * <p>
 * The graph comes in chunks, each a dataset in the curated dataset's own file format that
 * {@code DatasetReader} validates like any other: what a chunk adds (a range of entities with
 * their relationships) plus a copy of every entity those refer to. Every entity is a pure function
 * of the seed and its index, so a copy is identical to the original and writing it again changes
 * nothing; memory is bounded by the chunk, not the graph.
 */
public final class SyntheticGraph {

	static final String PREFIX = "syn/";

	static final int INSTRUMENTS_PER_CHUNK = 100;

	static final int EVENTS_PER_CHUNK = 2000;

	static final int REFERENCES_PER_CHUNK = 2000;

	private static final int FIRST_YEAR = 1965;

	private static final int YEARS = 62;

	private static final List<String> WORDS = List.of("governance", "Internet", "multistakeholder", "cooperation",
			"development", "public", "policy", "security", "access", "infrastructure", "capacity", "building",
			"stakeholders", "governments", "private", "sector", "civil", "society", "technical", "community",
			"international", "organizations", "principles", "framework", "resources", "names", "numbers", "standards",
			"spectrum", "broadband", "digital", "divide", "rights", "privacy", "trust", "confidence", "innovation",
			"investment", "regional", "national", "global", "enhanced", "dialogue", "transparency", "accountability",
			"inclusion", "resilience", "cybersecurity", "telecommunications", "information", "society", "openness",
			"interoperability", "sustainable", "participation", "consultation", "implementation", "review");

	private static final List<String> INSTRUMENT_KINDS = List.of("RESOLUTION", "RESOLUTION", "RESOLUTION", "REPORT",
			"REPORT", "DECLARATION", "OPINION", "AGENDA", "PLAN_OF_ACTION", "INFORMATION_DOCUMENT");

	private static final List<String> ORGAN_KINDS = List.of("ORGAN", "COUNCIL", "COMMISSION", "WORKING_GROUP",
			"CONFERENCE", "SECRETARIAT", "FORUM");

	private static final List<String> EVENT_KINDS = List.of("MEETING", "MEETING", "CONFERENCE", "FORUM_MEETING",
			"CONSULTATION", "POLICY_FORUM");

	private static final List<String> TOPIC_KINDS = List.of("PRINCIPLE", "DEFINITION", "PROCESS", "THEME");

	private static final List<List<String>> PLACES = List.of(List.of("Geneva", "Switzerland", "Europe/Zurich"),
			List.of("New York", "United States", "America/New_York"), List.of("Tunis", "Tunisia", "Africa/Tunis"),
			List.of("Nairobi", "Kenya", "Africa/Nairobi"), List.of("Bangkok", "Thailand", "Asia/Bangkok"),
			List.of("Rio de Janeiro", "Brazil", "America/Sao_Paulo"), List.of("Paris", "France", "Europe/Paris"),
			List.of("Tokyo", "Japan", "Asia/Tokyo"), List.of("Dubai", "United Arab Emirates", "Asia/Dubai"),
			List.of("Buenos Aires", "Argentina", "America/Argentina/Buenos_Aires"),
			List.of("Kyoto", "Japan", "Asia/Tokyo"), List.of("Sharm El Sheikh", "Egypt", "Africa/Cairo"));

	/** What a chunk holds: its owners' kind and index range. */
	public record Chunk(int number, Kind kind, int from, int to) {
	}

	/** The kinds of owned ranges, in load order. */
	public enum Kind {
		FORA, GROUPS, ROLES, TOPICS, DOCUMENTS, EVENTS, INSTRUMENTS
	}

	private final long seed;

	private final Shape shape;

	public SyntheticGraph(long seed, Shape shape) {
		this.seed = seed;
		this.shape = shape;
	}

	public Shape shape() {
		return this.shape;
	}

	/** The chunks, in load order. */
	public List<Chunk> chunks() {
		var chunks = new ArrayList<Chunk>();
		add(chunks, Kind.FORA, this.shape.fora(), REFERENCES_PER_CHUNK);
		add(chunks, Kind.GROUPS, this.shape.groups(), REFERENCES_PER_CHUNK);
		add(chunks, Kind.ROLES, this.shape.roles(), REFERENCES_PER_CHUNK);
		add(chunks, Kind.TOPICS, this.shape.topics(), REFERENCES_PER_CHUNK);
		add(chunks, Kind.DOCUMENTS, this.shape.documents(), 20);
		add(chunks, Kind.EVENTS, this.shape.events(), EVENTS_PER_CHUNK);
		add(chunks, Kind.INSTRUMENTS, this.shape.instruments(), INSTRUMENTS_PER_CHUNK);
		return chunks;
	}

	private static void add(List<Chunk> chunks, Kind kind, int count, int size) {
		for (int from = 0; from < count; from += size) {
			chunks.add(new Chunk(chunks.size(), kind, from, Math.min(count, from + size)));
		}
	}

	/**
	 * A chunk as dataset files (what it adds and a copy of everything that refers to) and the keys
	 * of what it adds: the nodes to write, the starts of the relationships to write.
	 */
	public record Part(DatasetFiles files, java.util.Set<String> owned) {
	}

	/** A chunk's dataset files: what it adds and a copy of everything that refers to. */
	public DatasetFiles files(Chunk chunk) {
		return part(chunk).files();
	}

	/** A chunk's dataset files, and the keys of what it adds. */
	public Part part(Chunk chunk) {
		var content = new Content();
		for (int i = chunk.from(); i < chunk.to(); i++) {
			switch (chunk.kind()) {
				case FORA -> content.own(forum(i));
				case GROUPS -> content.own(group(i));
				case ROLES -> content.own(role(i));
				case TOPICS -> content.own(topic(i));
				case DOCUMENTS -> {
					content.own(document(i));
					for (int p = 1; p <= Shape.DOCUMENT_PARAGRAPHS; p++) {
						content.own(documentParagraph(i, p));
					}
				}
				case EVENTS -> content.own(event(i));
				case INSTRUMENTS -> {
					content.own(instrument(i));
					for (int p = 1; p <= paragraphCount(i); p++) {
						content.own(paragraph(i, p));
					}
				}
			}
		}
		content.close(this);
		return new Part(DatasetFiles.of(List.of(new DatasetFiles.File("synthetic-" + chunk.number() + ".yaml", content.yaml()))),
				java.util.Set.copyOf(content.owned.keySet()));
	}

	// ------------------------------------------------------------------ entities

	/**
	 * An entity as a dataset entry: its list, its fields, its relationships, and the keys its
	 * entry needs to be valid (its sources, the documents it quotes, the events a value is derived
	 * from, a paragraph's instrument and parent), which a chunk holding it must hold too; its
	 * relationships' other ends a chunk needs only when it adds the relationships.
	 */
	record Entity(String list, String key, Map<String, Object> fields, List<Map<String, Object>> relationships,
			List<String> dependencies) {
	}

	static String forumKey(int i) {
		return PREFIX + "forum/" + pad(i, 4);
	}

	static String groupKey(int i) {
		return PREFIX + "group/" + pad(i, 2);
	}

	static String roleKey(int i) {
		return PREFIX + "role/" + pad(i, 5);
	}

	static String topicKey(int i) {
		return PREFIX + "topic/" + pad(i, 5);
	}

	static String documentKey(int i) {
		return PREFIX + "doc/" + pad(i, 3);
	}

	static String instrumentKey(int i) {
		return PREFIX + "instrument/" + pad(i, 6);
	}

	static String eventKey(int i) {
		return PREFIX + "event/" + pad(i, 6);
	}

	static String sourceKey(int i) {
		return "curated/syn-" + pad(i, 6);
	}

	static String paragraphKey(String instrument, int p) {
		return instrument + "#para_" + p;
	}

	Entity forum(int i) {
		var random = random(Kind.FORA, i, 0);
		boolean organization = i < this.shape.organizations();
		var fields = new LinkedHashMap<String, Object>();
		fields.put("key", forumKey(i));
		fields.put("acronym", "SF" + i);
		fields.put("name", (organization ? "Synthetic Organization " : "Synthetic Body ") + i);
		fields.put("kind", organization ? "ORGANIZATION" : pick(random, ORGAN_KINDS));
		var source = sourceFor(Kind.FORA, i);
		fields.put("provenance", List.of(curated(source, "acronym", "name", "kind")));
		var relationships = new ArrayList<Map<String, Object>>();
		var dependencies = new ArrayList<>(List.of(source));
		if (!organization) {
			var parent = forumKey(i % this.shape.organizations());
			relationships.add(relationship("PART_OF", forumKey(i), parent, source));
		}
		return new Entity("forums", forumKey(i), fields, relationships, dependencies);
	}

	Entity group(int i) {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("key", groupKey(i));
		fields.put("name", "Synthetic Stakeholder Group " + i);
		fields.put("kind", "STAKEHOLDER_GROUP");
		var source = sourceFor(Kind.GROUPS, i);
		fields.put("provenance", List.of(curated(source, "name", "kind")));
		return new Entity("stakeholderGroups", groupKey(i), fields, List.of(), List.of(source));
	}

	Entity role(int i) {
		var quote = quote(Kind.ROLES, i);
		var fields = new LinkedHashMap<String, Object>();
		fields.put("key", roleKey(i));
		fields.put("name", "Role " + i + ": " + quote.words());
		fields.put("description", "The role that the source document's words give: " + quote.words() + ".");
		fields.put("provenance", List.of(quoted(quote, "name", "description")));
		var source = sourceFor(Kind.ROLES, i);
		var group = groupKey(i % this.shape.groups());
		return new Entity("roles", roleKey(i), fields, List.of(relationship("HELD_BY", roleKey(i), group, source)),
				List.of(quote.document(), quote.paragraph(), source));
	}

	Entity topic(int i) {
		var random = random(Kind.TOPICS, i, 0);
		var quote = quote(Kind.TOPICS, i);
		var fields = new LinkedHashMap<String, Object>();
		fields.put("key", topicKey(i));
		fields.put("name", "Topic " + i + ": " + quote.words());
		fields.put("kind", pick(random, TOPIC_KINDS));
		fields.put("provenance", List.of(quoted(quote, "name", "kind")));
		return new Entity("topics", topicKey(i), fields, List.of(), List.of(quote.document(), quote.paragraph()));
	}

	Entity document(int i) {
		var key = documentKey(i);
		var fields = new LinkedHashMap<String, Object>();
		fields.put("key", key);
		fields.put("kind", "REPORT");
		fields.put("title", documentParagraphText(i, 1));
		fields.put("sourceDocument", true);
		var source = sourceFor(Kind.DOCUMENTS, i);
		fields.put("provenance", List.of(quotedFrom(key, "para_1", documentParagraphText(i, 1), "title"),
				curated(source, "kind")));
		return new Entity("instruments", key, fields, List.of(), List.of(paragraphKey(key, 1), source));
	}

	Entity documentParagraph(int i, int p) {
		var instrument = documentKey(i);
		var fields = new LinkedHashMap<String, Object>();
		fields.put("key", paragraphKey(instrument, p));
		fields.put("instrument", instrument);
		fields.put("eId", "para_" + p);
		fields.put("position", (long) p);
		fields.put("kind", (p == 1) ? "HEADING" : "PARAGRAPH");
		fields.put("text", documentParagraphText(i, p));
		return new Entity("paragraphs", paragraphKey(instrument, p), fields, List.of(), List.of(instrument));
	}

	Entity event(int i) {
		var random = random(Kind.EVENTS, i, 0);
		var key = eventKey(i);
		var fields = new LinkedHashMap<String, Object>();
		fields.put("key", key);
		var source = sourceFor(Kind.EVENTS, i);
		var relationships = new ArrayList<Map<String, Object>>();
		var dependencies = new ArrayList<>(List.of(source));
		var forum = forumKey(zipf(random, this.shape.fora(), 1.5));
		if (isSeries(i)) {
			fields.put("name", "Synthetic Series " + i);
			fields.put("kind", "CONSULTATION_SERIES");
			fields.put("provenance", List.of(curated(source, "name", "kind")));
		}
		else {
			var place = pick(random, PLACES);
			int year = FIRST_YEAR + (int) ((long) i * YEARS / Math.max(1, this.shape.events()));
			var day = java.time.LocalDate.of(Math.min(year, FIRST_YEAR + YEARS - 1), 1, 1).plusDays(random.nextInt(365));
			fields.put("name", "Synthetic Meeting " + i + " on " + pick(random, WORDS) + " " + pick(random, WORDS));
			fields.put("kind", pick(random, EVENT_KINDS));
			if (random.nextInt(10) < 4) {
				var start = day.atTime(9 + random.nextInt(8), 15 * random.nextInt(4));
				fields.put("start", start.toString());
				fields.put("end", start.plusMinutes(30L * (2 + random.nextInt(12))).toString());
				fields.put("timeZone", place.get(2));
			}
			else {
				fields.put("start", day.toString());
				fields.put("end", day.plusDays(random.nextInt(5)).toString());
			}
			fields.put("venue", "Synthetic Conference Centre " + random.nextInt(40));
			fields.put("city", place.get(0));
			fields.put("country", place.get(1));
			var supported = new ArrayList<>(fields.keySet());
			supported.remove("key");
			fields.put("provenance", List.of(curated(source, supported.toArray(String[]::new))));
			int series = seriesOf(i, random);
			if (series >= 0) {
				relationships.add(relationship("PART_OF", key, eventKey(series), source));
			}
		}
		relationships.add(relationship(random.nextInt(10) < 7 ? "MEETING_OF" : "CONVENED_BY", key, forum, source));
		relationships.add(relationship("ADDRESSES", key, topicKey(zipf(random, this.shape.topics(), 1.2)), source));
		return new Entity("events", key, fields, relationships, dependencies);
	}

	Entity instrument(int i) {
		var random = random(Kind.INSTRUMENTS, i, 0);
		var key = instrumentKey(i);
		int forumIndex = zipf(random, this.shape.fora(), 1.3);
		var kind = pick(random, INSTRUMENT_KINDS);
		var fields = new LinkedHashMap<String, Object>();
		fields.put("key", key);
		fields.put("kind", kind);
		fields.put("title", title(kind) + " " + i + " of Synthetic Body " + forumIndex + " on " + pick(random, WORDS) + " "
				+ pick(random, WORDS));
		fields.put("symbol", "SF" + forumIndex + "/" + kind.substring(0, 3) + "/" + i);
		var source = sourceFor(Kind.INSTRUMENTS, i);
		var relationships = new ArrayList<Map<String, Object>>();
		var dependencies = new ArrayList<>(List.of(source));
		var provenance = new ArrayList<Map<String, Object>>();
		provenance.add(curated(source, "kind", "title", "symbol"));
		int adoptedAt = adoptedAt(i, random);
		if (adoptedAt >= 0) {
			var event = event(adoptedAt);
			var eventKey = eventKey(adoptedAt);
			fields.put("date", event.fields().get("start").toString().substring(0, 7));
			provenance.add(derived("The month of the event that adopted it", List.of(eventKey + ".start"), "date"));
			relationships.add(relationship("ADOPTED_AT", key, eventKey, source));
			dependencies.add(eventKey);
		}
		else {
			fields.put("date", String.valueOf(FIRST_YEAR + (int) ((long) i * YEARS / Math.max(1, this.shape.instruments()))));
			provenance.set(0, curated(source, "kind", "title", "symbol", "date"));
		}
		fields.put("provenance", provenance);
		var forum = forumKey(forumIndex);
		relationships.add(relationship("ISSUED_BY", key, forum, source));
		if (i > 0 && random.nextInt(5) == 0) {
			int work = Math.max(0, i - 1 - random.nextInt(50));
			relationships.add(relationship("VERSION_OF", key, instrumentKey(work), source));
			if (random.nextBoolean()) {
				relationships.add(relationship("REVISES", key, instrumentKey(work), source));
			}
		}
		return new Entity("instruments", key, fields, relationships, dependencies);
	}

	Entity paragraph(int i, int p) {
		var random = random(Kind.INSTRUMENTS, i, 1000 + p);
		var instrument = instrumentKey(i);
		var key = paragraphKey(instrument, p);
		boolean item = isItem(i, p);
		var fields = new LinkedHashMap<String, Object>();
		fields.put("key", key);
		fields.put("instrument", instrument);
		fields.put("eId", "para_" + p);
		fields.put("position", item ? 1L : (long) p);
		fields.put("kind", item ? "ITEM" : "PARAGRAPH");
		if (item) {
			fields.put("parent", "para_" + (p - 1));
		}
		fields.put("text", sentence(random, 18 + random.nextInt(14)));
		var source = sourceFor(Kind.INSTRUMENTS, i);
		var supported = new ArrayList<>(fields.keySet());
		supported.removeAll(List.of("key", "instrument", "eId"));
		fields.put("provenance", List.of(curated(source, supported.toArray(String[]::new))));
		var relationships = new ArrayList<Map<String, Object>>();
		var dependencies = new ArrayList<>(List.of(instrument, source));
		if (item) {
			dependencies.add(paragraphKey(instrument, p - 1));
		}
		var cited = new LinkedHashSet<String>();
		int citations = (i == 0) ? 0 : random.nextInt(8);
		for (int c = 0; c < citations; c++) {
			int target = (int) (i * Math.pow(random.nextDouble(), 3));
			var targetKey = instrumentKey(target);
			boolean toParagraph = random.nextInt(10) < 3;
			int targetParagraph = 1 + random.nextInt(Math.min(3, paragraphCount(target))); // the opening paragraphs
			var to = toParagraph ? paragraphKey(targetKey, targetParagraph) : targetKey;
			if (cited.add(to)) {
				var citation = relationship("CITES", key, to, source);
				if (toParagraph) {
					citation.put("pinpoint", "para. " + targetParagraph);
				}
				relationships.add(citation);
			}
		}
		relationships.add(relationship("REFERS_TO", key, topicKey(zipf(random, this.shape.topics(), 1.2)), source));
		int role = definedRole(i, p);
		if (role >= 0) {
			relationships.add(relationship("DEFINES_ROLE", key, roleKey(role), source));
		}
		return new Entity("paragraphs", key, fields, relationships, dependencies);
	}

	Map<String, Object> source(int i) {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("id", sourceKey(i));
		fields.put("statement", "Synthetic record " + i + " of the governance graph generator (seed " + this.seed
				+ "): the names, kinds, symbols, dates, places and links of the entities that cite it.");
		fields.put("url", "https://records.example.org/synthetic/" + i);
		return fields;
	}

	// ------------------------------------------------------------------ shape

	/** How many paragraphs instrument {@code i} has: 4 to 30. */
	int paragraphCount(int i) {
		return 4 + random(Kind.INSTRUMENTS, i, 1).nextInt(27);
	}

	/** Every sixth paragraph is an item of the one before it. */
	private static boolean isItem(int i, int p) {
		return p > 1 && (p + i) % 6 == 0 && !isItem(i, p - 1);
	}

	private static boolean isSeries(int i) {
		return i % 10 == 0;
	}

	/** The series event {@code i} is part of (seven in ten are), or -1. */
	private static int seriesOf(int i, SplittableRandom random) {
		if (random.nextInt(10) >= 7 || i < 10) {
			return -1;
		}
		int latest = (i - 1) / 10 * 10;
		return Math.max(0, latest - 10 * random.nextInt(Math.min(40, latest / 10 + 1)));
	}

	/** The dated event that adopted instrument {@code i} (six in ten have one), or -1. */
	private int adoptedAt(int i, SplittableRandom random) {
		if (random.nextInt(10) >= 6) {
			return -1;
		}
		int near = (int) ((long) i * this.shape.events() / Math.max(1, this.shape.instruments()));
		int event = Math.min(this.shape.events() - 1, near + random.nextInt(20));
		return isSeries(event) ? ((event + 1 < this.shape.events()) ? event + 1 : event - 1) : event;
	}

	/** The role paragraph 2 of every {@code instruments / roles}-th instrument defines, or -1. */
	private int definedRole(int i, int p) {
		int stride = Math.max(1, this.shape.instruments() / this.shape.roles());
		int role = i / stride;
		return (p == 2 && i % stride == 0 && role < this.shape.roles()) ? role : -1;
	}

	private String sourceFor(Kind kind, int i) {
		long mixed = Math.floorMod(mix(this.seed, kind.ordinal(), i, 7), (long) this.shape.sources());
		return sourceKey((int) mixed);
	}

	/** A quote from a source document's paragraph: its first words. */
	private record Quote(String document, String locator, String words) {

		String paragraph() {
			return this.document + "#" + this.locator;
		}

	}

	private Quote quote(Kind kind, int i) {
		var random = random(kind, i, 3);
		int document = random.nextInt(this.shape.documents());
		int p = 2 + random.nextInt(Shape.DOCUMENT_PARAGRAPHS - 1);
		var words = documentParagraphText(document, p).split(" ");
		int from = random.nextInt(Math.max(1, words.length - 6));
		var quote = String.join(" ", java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + 6)));
		return new Quote(documentKey(document), "para_" + p, quote);
	}

	private String documentParagraphText(int document, int p) {
		var random = random(Kind.DOCUMENTS, document, 100 + p);
		return (p == 1) ? "Synthetic source document " + document + " on " + pick(random, WORDS) + " " + pick(random, WORDS)
				: sentence(random, 30 + random.nextInt(30));
	}

	private static String title(String kind) {
		return switch (kind) {
			case "RESOLUTION" -> "Resolution";
			case "REPORT" -> "Report";
			case "DECLARATION" -> "Declaration";
			case "OPINION" -> "Opinion";
			case "AGENDA" -> "Agenda";
			case "PLAN_OF_ACTION" -> "Plan of Action";
			default -> "Information Document";
		};
	}

	// ------------------------------------------------------------------ entries

	private static Map<String, Object> curated(String source, String... supports) {
		var entry = new LinkedHashMap<String, Object>();
		entry.put("source", source);
		entry.put("supports", List.of(supports));
		return entry;
	}

	private static Map<String, Object> quoted(Quote quote, String... supports) {
		return quotedFrom(quote.document(), quote.locator(), quote.words(), supports);
	}

	private static Map<String, Object> quotedFrom(String document, String locator, String words, String... supports) {
		var entry = new LinkedHashMap<String, Object>();
		entry.put("source", document);
		entry.put("locator", locator);
		entry.put("quote", words);
		entry.put("supports", List.of(supports));
		return entry;
	}

	private static Map<String, Object> derived(String rule, List<String> from, String... supports) {
		var entry = new LinkedHashMap<String, Object>();
		entry.put("rule", rule);
		entry.put("derivedFrom", from);
		entry.put("supports", List.of(supports));
		return entry;
	}

	private static Map<String, Object> relationship(String type, String from, String to, String source) {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("type", type);
		fields.put("from", from);
		fields.put("to", to);
		fields.put("provenance", List.of(Map.of("source", source)));
		return fields;
	}

	// ------------------------------------------------------------------ chunks

	/** A chunk's entries: its own entities with their relationships, and copies of what they depend on. */
	private static final class Content {

		private final Map<String, Entity> owned = new TreeMap<>();

		private final Map<String, Entity> copies = new TreeMap<>();

		private final Map<String, Map<String, Object>> sources = new TreeMap<>();

		void own(Entity entity) {
			this.owned.put(entity.key(), entity);
		}

		/** Adds every entity the owned ones depend on, transitively. */
		void close(SyntheticGraph graph) {
			var pending = new ArrayList<String>();
			for (var entity : this.owned.values()) {
				pending.addAll(entity.dependencies());
				entity.relationships().forEach((r) -> pending.add(r.get("to").toString()));
			}
			while (!pending.isEmpty()) {
				var key = pending.removeLast();
				if (this.owned.containsKey(key) || this.copies.containsKey(key) || this.sources.containsKey(key)) {
					continue;
				}
				if (key.startsWith("curated/syn-")) {
					this.sources.put(key, graph.source(Integer.parseInt(key.substring("curated/syn-".length()))));
					continue;
				}
				var entity = graph.entity(key);
				this.copies.put(key, entity);
				pending.addAll(entity.dependencies());
			}
		}

		/** The lists as JSON, which is YAML too: quicker to write and to read than block YAML. */
		String yaml() {
			var lists = new LinkedHashMap<String, List<Object>>();
			lists.put("sources", new ArrayList<>(this.sources.values()));
			for (var entity : this.copies.values()) {
				lists.computeIfAbsent(entity.list(), (k) -> new ArrayList<>()).add(entity.fields());
			}
			var relationships = new ArrayList<Object>();
			for (var entity : this.owned.values()) {
				lists.computeIfAbsent(entity.list(), (k) -> new ArrayList<>()).add(entity.fields());
				relationships.addAll(entity.relationships());
			}
			lists.put("relationships", relationships);
			var json = new StringBuilder(1 << 20);
			write(json, lists);
			return json.toString();
		}

		private static void write(StringBuilder json, Object value) {
			switch (value) {
				case Map<?, ?> map -> {
					json.append('{');
					boolean first = true;
					for (var entry : map.entrySet()) {
						if (!first) {
							json.append(",\n");
						}
						first = false;
						write(json, entry.getKey());
						json.append(": ");
						write(json, entry.getValue());
					}
					json.append('}');
				}
				case List<?> list -> {
					json.append('[');
					for (int i = 0; i < list.size(); i++) {
						if (i > 0) {
							json.append(", ");
						}
						write(json, list.get(i));
					}
					json.append(']');
				}
				case String text -> {
					json.append('"');
					for (int i = 0; i < text.length(); i++) {
						char c = text.charAt(i);
						switch (c) {
							case '"' -> json.append("\\\"");
							case '\\' -> json.append("\\\\");
							default -> {
								if (c < 0x20) {
									json.append(String.format("\\u%04x", (int) c));
								}
								else {
									json.append(c);
								}
							}
						}
					}
					json.append('"');
				}
				default -> json.append(value); // numbers and booleans
			}
		}

	}

	/** The entity a key names, regenerated. */
	Entity entity(String key) {
		var rest = key.substring(PREFIX.length());
		int hash = rest.indexOf('#');
		if (hash >= 0) {
			int p = Integer.parseInt(rest.substring(hash + "#para_".length()));
			int i = Integer.parseInt(rest.substring(rest.indexOf('/') + 1, hash));
			return rest.startsWith("doc/") ? documentParagraph(i, p) : paragraph(i, p);
		}
		int i = Integer.parseInt(rest.substring(rest.indexOf('/') + 1));
		return switch (rest.substring(0, rest.indexOf('/'))) {
			case "forum" -> forum(i);
			case "group" -> group(i);
			case "role" -> role(i);
			case "topic" -> topic(i);
			case "doc" -> document(i);
			case "instrument" -> instrument(i);
			case "event" -> event(i);
			default -> throw new IllegalArgumentException("not a synthetic key: " + key);
		};
	}

	// ------------------------------------------------------------------ randomness

	private SplittableRandom random(Kind kind, int index, int stream) {
		return new SplittableRandom(mix(this.seed, kind.ordinal(), index, stream));
	}

	private static long mix(long seed, int kind, int index, int stream) {
		long z = seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL + stream;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** An index in {@code [0, n)}, small ones much likelier: a Zipf-like heavy tail. */
	private static int zipf(SplittableRandom random, int n, double exponent) {
		return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), 1 + exponent)));
	}

	private static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String sentence(SplittableRandom random, int words) {
		var text = new StringBuilder("The");
		for (int w = 0; w < words; w++) {
			text.append(' ').append(pick(random, WORDS));
		}
		return text.append('.').toString();
	}

	private static String pad(int i, int width) {
		var digits = Integer.toString(i);
		return "0".repeat(Math.max(0, width - digits.length())) + digits;
	}

}
