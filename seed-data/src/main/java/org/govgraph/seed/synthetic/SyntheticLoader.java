package org.govgraph.seed.synthetic;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.govgraph.seed.DatasetFiles;
import org.govgraph.seed.DatasetLoader;
import org.govgraph.seed.DatasetReader;
import org.govgraph.seed.GraphSchema;
import org.neo4j.driver.Driver;

/**
 * Loads a synthetic graph: the schema's migrations, the curated dataset (so that the canonical
 * questions of the README have their answers at every size), then the generated chunks, each in
 * its own transaction. A {@code (:SyntheticGraph)} node records the size, the seed and how many
 * chunks are in; a load that stopped half-way resumes after the last chunk it committed (a chunk
 * written twice changes nothing), and a complete one is not loaded again. The application does not
 * reload the curated dataset over a synthetic graph.
 */
public final class SyntheticLoader {

	/** What a synthetic graph holds, as its marker node records it. */
	public record Marker(GraphSize size, long seed, int chunks, int loaded) {

		public boolean complete() {
			return this.loaded >= this.chunks;
		}

	}

	/** Where a load stands after a chunk. */
	public record Progress(int chunk, int chunks, long nodes, long relationships, long supports, Duration elapsed) {
	}

	/** What a load did, and what the graph holds after it. */
	public record Result(GraphSize size, long seed, int chunksLoaded, long nodesInGraph, long relationshipsInGraph,
			long supportNodes, Duration elapsed) {
	}

	private static final String READ_MARKER = """
			MATCH (m:SyntheticGraph {name: 'synthetic'})
			RETURN m.size AS size, m.seed AS seed, m.chunks AS chunks, m.loaded AS loaded
			""";

	private static final String WRITE_MARKER = """
			MERGE (m:SyntheticGraph {name: 'synthetic'})
			SET m.size = $size, m.seed = $seed, m.chunks = $chunks, m.loaded = $loaded, m.at = datetime()
			""";

	private static final String COUNTS = """
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			CALL () { MATCH (s:Support) RETURN count(s) AS supports }
			RETURN nodes, relationships, supports
			""";

	private final Driver driver;

	public SyntheticLoader(Driver driver) {
		this.driver = driver;
	}

	/** The synthetic graph the database holds, if it holds one. */
	public static Optional<Marker> marker(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead((tx) -> tx.run(READ_MARKER)
				.list((r) -> new Marker(GraphSize.valueOf(r.get("size").asString()), r.get("seed").asLong(),
						r.get("chunks").asInt(), r.get("loaded").asInt()))
				.stream()
				.findFirst());
		}
	}

	/**
	 * Loads a synthetic graph of this size and seed into the database, or the rest of it.
	 *
	 * @throws IllegalStateException when the database holds a synthetic graph of another size or seed
	 */
	public Result load(GraphSize size, long seed, Consumer<Progress> progress) {
		long started = System.nanoTime();
		var schema = new GraphSchema(this.driver);
		schema.awaitNeo4j(Duration.ofMinutes(2));
		schema.migrate();
		var graph = new SyntheticGraph(seed, size.shape());
		var chunks = graph.chunks();
		var existing = marker(this.driver);
		if (existing.isPresent() && (existing.get().size() != size || existing.get().seed() != seed)) {
			throw new IllegalStateException(otherGraph(existing.get(), size, seed));
		}
		var loader = new DatasetLoader(this.driver);
		int first = existing.map(Marker::loaded).orElse(0);
		if (existing.isEmpty()) {
			loader.loadIfChanged(DatasetReader.read(DatasetFiles.fromClasspath()));
			writeMarker(size, seed, chunks.size(), 0);
		}
		long nodes = 0;
		long relationships = 0;
		long supports = 0;
		for (int c = first; c < chunks.size(); c++) {
			var part = graph.part(chunks.get(c));
			var appended = loader.append(DatasetReader.read(part.files()), part.owned()::contains);
			nodes += appended.nodes();
			relationships += appended.relationships();
			supports += appended.supports();
			writeMarker(size, seed, chunks.size(), c + 1);
			progress.accept(new Progress(c + 1, chunks.size(), nodes, relationships, supports,
					Duration.ofNanos(System.nanoTime() - started)));
		}
		return result(size, seed, chunks.size() - first, started);
	}

	private Result result(GraphSize size, long seed, int chunksLoaded, long started) {
		try (var session = this.driver.session()) {
			var counts = session.executeRead((tx) -> tx.run(COUNTS).single());
			return new Result(size, seed, chunksLoaded, counts.get("nodes").asLong(), counts.get("relationships").asLong(),
					counts.get("supports").asLong(), Duration.ofNanos(System.nanoTime() - started));
		}
	}

	private static String otherGraph(Marker existing, GraphSize size, long seed) {
		return "the database holds the synthetic graph of size " + existing.size() + " and seed " + existing.seed()
				+ ", not " + size + " and " + seed + ": load into another data directory";
	}

	private void writeMarker(GraphSize size, long seed, int chunks, int loaded) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx
				.run(WRITE_MARKER, Map.of("size", size.name(), "seed", seed, "chunks", chunks, "loaded", loaded))
				.consume());
		}
	}

}
