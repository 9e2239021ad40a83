package org.govgraph.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
			  - id: curated/E2
			    statement: "The forum was held in Geneva with some 900 delegates."
			    url: https://example.org/e2
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
			        supports: [title, kind]
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
				        supports: [name, kind]
				""");
		assertThat(dataset.nodes()).extracting(Dataset.NodeFact::key).containsExactly("doc", "doc#para_1", "role-of-governments");
		var paragraph = dataset.nodes().get(1);
		assertThat(paragraph.provenance()).containsExactly(new Dataset.Provenance("doc", "para_1",
				"A page about the role of governments", org.govgraph.model.vocabulary.ProvenanceKind.QUOTED,
				List.of("position", "kind", "text"), null, List.of()));
		assertThat(dataset.nodes().get(2).provenance().getFirst().supports()).containsExactly("name", "kind");
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
				        supports: [name, kind]
				  - key: t
				    name: "Two"
				    kind: THEME
				    provenance:
				      - source: curated/E1
				        supports: [name, kind]
				""")).isInstanceOf(DatasetException.class).hasMessage("facts.yaml:8: duplicate key t (first at facts.yaml:2)");
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
				        supports: [name, kind]
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
				        supports: [name, kind]
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
				        supports: [name, kind]
				""")).isInstanceOf(DatasetException.class).hasMessage("facts.yaml:6: unknown curated source curated/E9");
		assertThatThrownBy(() -> read("""
				instruments:
				  - key: i
				    kind: REPORT
				    date: "2013-13"
				    provenance:
				      - source: curated/E1
				        supports: [kind, date]
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

	@Test
	void rejectsAValueThatNoEntrySupports() {
		assertThatThrownBy(() -> read("""
				events:
				  - key: wtpf
				    name: "The forum"
				    kind: POLICY_FORUM
				    city: "Geneva"
				    participants: 900
				    provenance:
				      - source: curated/E2
				        supports: [name, kind, city]
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:6: wtpf.participants has no provenance entry that supports it");
	}

	@Test
	void rejectsAnEntryThatSupportsAPropertyTheNodeDoesNotHaveOrNamesNoSupports() {
		assertThatThrownBy(() -> read("""
				topics:
				  - key: t
				    name: "One"
				    kind: THEME
				    provenance:
				      - source: curated/E1
				        supports: [name, kind, description]
				""")).isInstanceOf(DatasetException.class).hasMessage("facts.yaml:7: supports 'description', which t does not have");
		assertThatThrownBy(() -> read("""
				topics:
				  - key: t
				    name: "One"
				    kind: THEME
				    provenance:
				      - source: curated/E1
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:6: a node's provenance entry needs 'supports': the properties it supports, e.g. [name, start]");
	}

	@Test
	void rejectsADerivedEntryWithoutARule() {
		assertThatThrownBy(() -> read("""
				events:
				  - key: e
				    name: "The forum"
				    kind: MEETING
				    city: "Geneva"
				    start: "2013-05-14T09:00"
				    timeZone: "Europe/Zurich"
				    provenance:
				      - source: curated/E2
				        supports: [name, kind, city, start]
				      - derivedFrom: [city]
				        supports: [timeZone]
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:11: a DERIVED entry needs a 'rule': how the value follows, in words");
	}

	@Test
	void rejectsADerivedEntryWithoutDerivedFrom() {
		assertThatThrownBy(() -> read("""
				events:
				  - key: e
				    name: "The forum"
				    kind: MEETING
				    city: "Geneva"
				    start: "2013-05-14T09:00"
				    timeZone: "Europe/Zurich"
				    provenance:
				      - source: curated/E2
				        supports: [name, kind, city, start]
				      - rule: "The IANA zone of the city"
				        supports: [timeZone]
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:11: a DERIVED entry needs 'derivedFrom': the facts it is derived from (a property, <key>.<property>, a key or curated/…)");
	}

	@Test
	void rejectsADerivedFromThatDoesNotResolve() throws IOException {
		var event = """
				events:
				  - key: e
				    name: "The forum"
				    kind: MEETING
				    city: "Geneva"
				    start: "2013-05-14T09:00"
				    timeZone: "Europe/Zurich"
				    provenance:
				      - source: curated/E2
				        supports: [name, kind, city, start]
				      - rule: "The IANA zone of the city"
				        derivedFrom: [%s]
				        supports: [timeZone]
				""";
		assertThatThrownBy(() -> read(event.formatted("citty"))).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:12: derivedFrom 'citty' does not resolve: expected a property of e, a node key, <key>.<property> or a curated source");
		assertThatThrownBy(() -> read(event.formatted("doc.date"))).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:12: derivedFrom 'doc.date' does not resolve: expected a property of e, a node key, <key>.<property> or a curated source");
		assertThatThrownBy(() -> read(event.formatted("curated/E7"))).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:12: derivedFrom curated/E7: unknown curated source");
		var dataset = read(event.formatted("city, doc.title, doc#para_1, curated/E2"));
		var derived = dataset.nodes().getLast().provenance().getLast();
		assertThat(derived.kind()).isEqualTo(org.govgraph.model.vocabulary.ProvenanceKind.DERIVED);
		assertThat(derived.source()).isNull();
		assertThat(derived.rule()).isEqualTo("The IANA zone of the city");
		assertThat(derived.derivedFrom()).containsExactly("city", "doc.title", "doc#para_1", "curated/E2");
		assertThat(derived.supports()).containsExactly("timeZone");
	}

	@Test
	void rejectsABareNumberWhoseSourceQualifiesIt() throws IOException {
		assertThatThrownBy(() -> read("""
				events:
				  - key: wtpf
				    name: "The forum"
				    kind: POLICY_FORUM
				    participants: 900
				    provenance:
				      - source: curated/E2
				        supports: [name, kind, participants]
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:5: wtpf.participants is the bare number 900 where curated/E2 writes \"some 900\": "
					+ "write {value: 900, qualifier: APPROXIMATE, asWritten: \"some 900\"}");
		var dataset = read("""
				events:
				  - key: wtpf
				    name: "The forum"
				    kind: POLICY_FORUM
				    participants: {value: 900, qualifier: APPROXIMATE, asWritten: "some 900"}
				    provenance:
				      - source: curated/E2
				        supports: [name, kind, participants]
				""");
		assertThat(dataset.nodes().getLast().properties()).containsEntry("participants", 900L)
			.containsEntry("participantsQualifier", "APPROXIMATE")
			.containsEntry("participantsAsWritten", "some 900");
		assertThatThrownBy(() -> read("""
				events:
				  - key: wtpf
				    name: "The forum"
				    kind: POLICY_FORUM
				    participants: {value: 900, qualifier: AT_LEAST, asWritten: "some 900"}
				    provenance:
				      - source: curated/E2
				        supports: [name, kind, participants]
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:5: \"some 900\" does not write 900 as AT_LEAST (over, more than, at least 900)");
	}

	@Test
	void rejectsADerivedEntryWithASourceAndARelationshipEntryWithSupports() {
		assertThatThrownBy(() -> read("""
				topics:
				  - key: t
				    name: "One"
				    kind: THEME
				    provenance:
				      - source: curated/E1
				        rule: "A rule"
				        derivedFrom: [curated/E1]
				        supports: [name, kind]
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:6: a DERIVED entry (with 'rule' and 'derivedFrom') has no 'source': it is not quoted or curated");
		assertThatThrownBy(() -> read("""
				relationships:
				  - type: CITES
				    from: doc
				    to: doc#para_1
				    provenance:
				      - source: curated/E1
				        supports: [pinpoint]
				""")).isInstanceOf(DatasetException.class)
			.hasMessage("facts.yaml:7: a relationship's entry supports the relationship and its properties: it takes no 'supports'");
	}

}
