package org.govgraph.seed.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.ProvenanceKind;
import org.govgraph.model.vocabulary.RelationshipType;
import org.govgraph.seed.Dataset;
import org.govgraph.seed.DatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator: every chunk a valid dataset, the same seed the same graph, and the shape it promises. */
class SyntheticGraphTest {

	private static final SyntheticGraph GRAPH = new SyntheticGraph(42, GraphSize.XS.shape());

	/** Every chunk of XS, read and validated as the loader reads it. */
	private static List<Dataset> chunks;

	@BeforeAll
	static void read() {
		chunks = GRAPH.chunks().stream().map((chunk) -> DatasetReader.read(GRAPH.files(chunk))).toList();
	}

	@Test
	void sizesScaleTheShape() {
		assertThat(GraphSize.S.shape().isEmpty()).isTrue();
		var m = GraphSize.M.shape();
		assertThat(m.instruments()).isEqualTo(4000);
		assertThat(m.events()).isEqualTo(26000);
		assertThat(GraphSize.L.shape().instruments()).isEqualTo(40000);
		assertThat(GraphSize.L.shape().events()).isEqualTo(260000);
		var xs = GraphSize.XS.shape();
		assertThat(List.of(xs.organizations(), xs.fora(), xs.groups(), xs.roles(), xs.topics(), xs.documents(),
				xs.instruments(), xs.events(), xs.sources()))
			.containsExactly(1, 4, 1, 8, 12, 1, 80, 520, 47);
	}

	@Test
	void theSameSeedGivesTheSameChunksAndAnotherSeedAnother() {
		var chunk = GRAPH.chunks().getLast();
		assertThat(new SyntheticGraph(42, GraphSize.XS.shape()).files(chunk).checksum())
			.isEqualTo(GRAPH.files(chunk).checksum());
		assertThat(new SyntheticGraph(43, GraphSize.XS.shape()).files(chunk).checksum())
			.isNotEqualTo(GRAPH.files(chunk).checksum());
	}

	@Test
	void everyEntityIsOwnedByExactlyOneChunkAndCopiesEqualTheirOriginal() {
		var owners = new HashMap<String, Dataset.NodeFact>();
		var byKey = new HashMap<String, List<Dataset.NodeFact>>();
		for (var dataset : chunks) {
			for (var node : dataset.nodes()) {
				byKey.computeIfAbsent(node.key(), (k) -> new ArrayList<>()).add(node);
			}
		}
		var xs = GraphSize.XS.shape();
		long paragraphs = 0;
		for (int i = 0; i < xs.instruments(); i++) {
			paragraphs += GRAPH.paragraphCount(i);
		}
		long expected = xs.fora() + xs.groups() + xs.roles() + xs.topics()
				+ xs.documents() * (1 + GraphSize.Shape.DOCUMENT_PARAGRAPHS) + xs.instruments() + paragraphs + xs.events();
		assertThat(byKey).hasSize((int) expected);
		byKey.forEach((key, copies) -> {
			owners.put(key, copies.getFirst());
			assertThat(copies).allSatisfy((copy) -> {
				assertThat(copy.properties()).as(key).isEqualTo(copies.getFirst().properties());
				assertThat(copy.provenance()).as(key).isEqualTo(copies.getFirst().provenance());
			});
		});
		assertThat(owners.values().stream().filter((n) -> n.label() == NodeLabel.INSTRUMENT).count())
			.isEqualTo(xs.instruments() + xs.documents());
	}

	@Test
	void citationsHaveAHeavyTailedInDegree() {
		var inDegree = new HashMap<String, Integer>();
		chunks.stream()
			.flatMap((d) -> d.relationships().stream())
			.filter((r) -> r.type() == RelationshipType.CITES)
			.forEach((r) -> inDegree.merge(r.to().key(), 1, Integer::sum));
		var degrees = inDegree.values().stream().sorted().toList();
		int median = degrees.get(degrees.size() / 2);
		int max = degrees.getLast();
		assertThat(degrees.stream().mapToInt(Integer::intValue).sum()).isGreaterThan(1000);
		assertThat(max).as("the most cited (median %d)", median).isGreaterThan(20 * median);
	}

	@Test
	void provenanceIsOfEveryKindAndEveryRelationshipHasSome() {
		var kinds = chunks.stream()
			.flatMap((d) -> d.nodes().stream())
			.flatMap((n) -> n.provenance().stream())
			.map(Dataset.Provenance::kind)
			.distinct()
			.toList();
		assertThat(kinds).containsExactlyInAnyOrder(ProvenanceKind.CURATED, ProvenanceKind.QUOTED, ProvenanceKind.DERIVED);
		assertThat(chunks.stream().flatMap((d) -> d.relationships().stream())).allSatisfy((r) -> assertThat(r.provenance()).isNotEmpty());
		Map<RelationshipType, Long> types = new HashMap<>();
		chunks.stream().flatMap((d) -> d.relationships().stream()).forEach((r) -> types.merge(r.type(), 1L, Long::sum));
		assertThat(types).containsKeys(RelationshipType.PART_OF, RelationshipType.CITES, RelationshipType.REFERS_TO,
				RelationshipType.DEFINES_ROLE, RelationshipType.HELD_BY, RelationshipType.ISSUED_BY,
				RelationshipType.ADOPTED_AT, RelationshipType.VERSION_OF, RelationshipType.REVISES,
				RelationshipType.MEETING_OF, RelationshipType.CONVENED_BY, RelationshipType.ADDRESSES);
	}

}
