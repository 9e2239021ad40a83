package org.govgraph.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader's checks, on small datasets written for each case. */
class DatasetReaderTest {

	@TempDir
	Path dir;

	private static final String SOURCES = """
			sources:
			  - id: curated/E1
			    statement: "A fact."
			    url: https://example.org/e1
			""";

	private static final String DOCUMENT = """
			instruments:
			  - key: doc
			    kind: WEB_PAGE
			    title: "A page"
			    sourceDocument: true
			    provenance:
			      - source: doc
			        locator: para_1
			        quote: "A page"
			paragraphs:
			  - key: doc#para_1
			    instrument: doc
			    eId: para_1
			    position: 1
			    kind: HEADING
			    text: "A page about the role of governments"
			""";

	private Dataset read(String facts) throws IOException {
		Files.writeString(this.dir.resolve("index.yaml"), "files:\n  - sources.yaml\n  - doc.yaml\n  - facts.yaml\n");
		Files.writeString(this.dir.resolve("sources.yaml"), SOURCES);
		Files.writeString(this.dir.resolve("doc.yaml"), DOCUMENT);
		Files.writeString(this.dir.resolve("facts.yaml"), facts);
		return DatasetReader.read(DatasetFiles.fromDirectory(this.dir));
	}

	@Test
	void readsAValidDatasetWithDerivedParagraphProvenance() throws IOException {
		var dataset = read("""
				topics:
				  - key: role-of-governments
				    name: "Role of governments"
				    kind: THEME
				    provenance:
				      - source: doc
				        locator: para_1
				        quote: "the role of governments"
				""");
		assertThat(dataset.nodes()).extracting(Dataset.NodeFact::key).containsExactly("doc", "doc#para_1", "role-of-governments");
		var paragraph = dataset.nodes().get(1);
		assertThat(paragraph.provenance()).containsExactly(new Dataset.Provenance("doc", "para_1",
				"A page about the role of governments", org.govgraph.model.vocabulary.ProvenanceKind.QUOTED));
		assertThat(dataset.relationships()).singleElement()
			.satisfies((r) -> assertThat(r.type().name() + " " + r.from().key() + " " + r.to().key()).isEqualTo("PART_OF doc#para_1 doc"));
		assertThat(dataset.checksum()).hasSize(64);
	}

	@Test
	void rejectsADuplicateKey() {
		assertThatThrownBy(() -> read("""
				topics:
				  - key: t
				    name: "One"
				    kind: THEME
				    provenance:
				      - source: curated/E1
				  - key: t
				    name: "Two"
				    kind: THEME
				    provenance:
				      - source: curated/E1
				""")).isInstanceOf(DatasetException.class).hasMessage("facts.yaml:7: duplicate key t (first at facts.yaml:2)");
	}

	@Test
	void rejectsAFactWithoutProvenance() {
		assertThatThrownBy(() -> read("""
				topics:
				  - key: t
				    name: "One"
				    kind: THEME
				""")).isInstanceOf(DatasetException.class).hasMessage("facts.yaml:2: Topic t has no provenance");
	}

	@Test
	void rejectsAQuoteThatIsNotInItsSource() {
		assertThatThrownBy(() -> read("""
				topics:
				  - key: t
				    name: "One"
				    kind: THEME
				    provenance:
				      - source: doc
				        locator: para_1
				        quote: "the role of business"
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:6: the quote \"the role of business\" is not in doc para_1");
	}

	@Test
	void rejectsADanglingReference() {
		assertThatThrownBy(() -> read("""
				relationships:
				  - type: CITES
				    from: doc
				    to: nowhere
				    provenance:
				      - source: curated/E1
				""")).isInstanceOf(DatasetException.class).hasMessage("facts.yaml:4: CITES to an unknown node: nowhere");
	}

	@Test
	void rejectsAnUnknownPropertyAndAnUnknownKind() {
		assertThatThrownBy(() -> read("""
				topics:
				  - key: t
				    nmae: "One"
				    kind: THEME
				    provenance:
				      - source: curated/E1
				""")).isInstanceOf(DatasetException.class)
			.hasMessageStartingWith("facts.yaml:3: property 'nmae' is not part of Topic");
		assertThatThrownBy(() -> read("""
				topics:
				  - key: t
				    name: "One"
				    kind: IDEA
				    provenance:
				      - source: curated/E1
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:4: unknown Topic kind 'IDEA'; expected one of [DEFINITION, PRINCIPLE, PROCESS, THEME]");
	}

	@Test
	void rejectsAnUnknownCuratedSourceAndAMalformedDate() {
		assertThatThrownBy(() -> read("""
				topics:
				  - key: t
				    name: "One"
				    kind: THEME
				    provenance:
				      - source: curated/E9
				""")).isInstanceOf(DatasetException.class).hasMessage("facts.yaml:6: unknown curated source curated/E9");
		assertThatThrownBy(() -> read("""
				instruments:
				  - key: i
				    kind: REPORT
				    date: "2013-13"
				    provenance:
				      - source: curated/E1
				""")).isInstanceOf(DatasetException.class).hasMessage("facts.yaml:4: not a calendar date: '2013-13'");
	}

	@Test
	void rejectsARelationshipBetweenTheWrongKindsOfNode() {
		assertThatThrownBy(() -> read("""
				relationships:
				  - type: HELD_BY
				    from: doc
				    to: doc
				    provenance:
				      - source: curated/E1
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:3: HELD_BY cannot go from a Instrument (doc); it connects [Role]");
	}

	@Test
	void rejectsInvalidYamlWithItsLine() {
		assertThatThrownBy(() -> read("topics:\n  - key: t\n   name: broken\n")).isInstanceOf(DatasetException.class)
			.hasMessageStartingWith("facts.yaml:3: not valid YAML");
	}

}
