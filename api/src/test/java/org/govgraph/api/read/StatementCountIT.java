package org.govgraph.api.read;

import java.util.List;
import java.util.Map;

import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the same nested query issues the same number of Cypher statements over 10 and over
 * 1,000 paragraphs, because every nested field is batch-loaded per level.
 */
/*
 * The cost limits would refuse the nested query over a thousand paragraphs (every list counts at its
 * largest size): they are lifted here, where only the number of statements is measured.
 */
@TestPropertySource(properties = { "govgraph.limits.max-cost=10000000", "govgraph.limits.cost-per-minute=100000000" })
class StatementCountIT extends SeededApiTest {

	/** Ten synthetic instruments issued by a synthetic forum, each with its paragraphs, each paragraph defining a role. */
	static final String CREATE = """
			MERGE (f:Forum {key: 'test/statement-count'})
			  SET f.acronym = 'TEST-SC', f.name = 'Statement count', f.kind = 'FORUM',
			      f.provenanceSources = ['curated/E1'], f.provenanceLocators = [''], f.provenanceQuotes = [''], f.provenanceKinds = ['CURATED']
			MERGE (g:StakeholderGroup {key: 'test/statement-count/group'})
			  SET g.name = 'Group', g.kind = 'STAKEHOLDER_GROUP',
			      g.provenanceSources = ['curated/E1'], g.provenanceLocators = [''], g.provenanceQuotes = [''], g.provenanceKinds = ['CURATED']
			MERGE (r:Role {key: 'test/statement-count/role'})
			  SET r.name = 'Role',
			      r.provenanceSources = ['curated/E1'], r.provenanceLocators = [''], r.provenanceQuotes = [''], r.provenanceKinds = ['CURATED']
			MERGE (r)-[h:HELD_BY]->(g)
			  SET h.provenanceSources = ['curated/E1'], h.provenanceLocators = [''], h.provenanceQuotes = [''], h.provenanceKinds = ['CURATED']
			WITH f, r
			UNWIND range(1, 10) AS i
			CREATE (n:Instrument {key: 'test/statement-count/' + i, kind: 'REPORT', title: 'Synthetic ' + i, date: '2099',
			                      datePrecision: 'YEAR', sourceDocument: false,
			                      provenanceSources: ['curated/E1'], provenanceLocators: [''], provenanceQuotes: [''], provenanceKinds: ['CURATED']})
			CREATE (n)-[:ISSUED_BY {provenanceSources: ['curated/E1'], provenanceLocators: [''], provenanceQuotes: [''], provenanceKinds: ['CURATED']}]->(f)
			WITH n, r
			UNWIND range(1, $perInstrument) AS j
			CREATE (p:Paragraph {key: n.key + '#para_' + j, instrumentKey: n.key, eId: 'para_' + j, kind: 'PARAGRAPH',
			                     position: j, documentOrder: right('0000' + j, 4), text: 'Paragraph ' + j,
			                     provenanceSources: ['curated/E1'], provenanceLocators: [''], provenanceQuotes: [''], provenanceKinds: ['CURATED']})
			CREATE (p)-[:PART_OF {provenanceSources: ['curated/E1'], provenanceLocators: [''], provenanceQuotes: [''], provenanceKinds: ['CURATED']}]->(n)
			CREATE (p)-[:DEFINES_ROLE {provenanceSources: ['curated/E1'], provenanceLocators: [''], provenanceQuotes: [''], provenanceKinds: ['CURATED']}]->(r)
			""";

	static final String QUERY = """
			{ instruments(filter: {issuedBy: "TEST-SC"}, first: 10) {
			    totalCount
			    edges { node {
			      key title provenance { source url statement }
			      issuedBy { forum { acronym } }
			      paragraphs(first: 100) {
			        totalCount
			        edges { node {
			          eId text
			          instrument { key }
			          parent { key }
			          children { key }
			          references { target { id } }
			          roles { relationship provenance { source url } role { name stakeholderGroup { name } } }
			        } }
			      }
			    } }
			} }""";

	@Autowired
	GraphRepository graph;

	@AfterEach
	void removeSyntheticData() {
		try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
			session.run("MATCH (n) WHERE n.key STARTS WITH 'test/statement-count' DETACH DELETE n").consume();
			session.run("MATCH (n:Paragraph) WHERE n.instrumentKey STARTS WITH 'test/statement-count' DETACH DELETE n").consume();
		}
	}

	private long statementsFor(int paragraphsPerInstrument) {
		removeSyntheticData();
		try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
			session.run(CREATE, Map.of("perInstrument", paragraphsPerInstrument)).consume();
		}
		long before = this.graph.statementCount();
		var answer = this.http.query(QUERY);
		long statements = this.graph.statementCount() - before;

		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.instruments.totalCount", Integer.class)).isEqualTo(10);
		List<Integer> counts = answer.read("$.data.instruments.edges[*].node.paragraphs.totalCount", List.class);
		assertThat(counts).containsOnly(paragraphsPerInstrument).hasSize(10);
		List<String> roles = answer.read("$.data.instruments.edges[*].node.paragraphs.edges[*].node.roles[*].role.stakeholderGroup.name", List.class);
		assertThat(roles).hasSize(10 * Math.min(paragraphsPerInstrument, 100)).containsOnly("Group");
		return statements;
	}

	@Test
	void sameStatementCountOverTenAndOverAThousandParagraphs() {
		long overTen = statementsFor(1);
		long overAThousand = statementsFor(100);
		assertThat(overAThousand).isEqualTo(overTen);
		// instruments (1) + issuedBy, paragraphs, sources (3) + instrument, parent, children, references, roles (5)
		// + role.stakeholderGroup (1); parent is skipped when no paragraph has one.
		assertThat(overTen).isEqualTo(9);
	}

	/** {@code nodes(ids:)} with IDs of all seven kinds reads them in one statement, not one per kind. */
	@Test
	void nodesOfSevenKindsAreOneStatement() {
		var ids = List.of(id("Instrument", "un/wsis/2005/tunis-agenda"), id("Paragraph", "un/wsis/2005/tunis-agenda#para_35"),
				id("Forum", "itu"), id("StakeholderGroup", "governments"),
				id("Role", "un/wsis/2005/tunis-agenda/role/states-policy-authority"),
				id("Event", "itu/wtpf-13"), id("Topic", "multistakeholder-model"), id("Forum", "no-such-forum"), "not-an-id");
		long before = this.graph.statementCount();
		var answer = GraphQlHttp.parse(this.http.post("""
				query SevenKinds($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }""", Map.of("ids", ids)).body());
		assertThat(this.graph.statementCount() - before).isEqualTo(1);
		List<String> typenames = answer.read("$.data.nodes[*].__typename", List.class);
		assertThat(typenames).containsExactly("Instrument", "Paragraph", "Forum", "StakeholderGroup", "Role", "Event", "Topic");
		List<String> found = answer.read("$.data.nodes[0:7].id", List.class);
		assertThat(found).containsExactlyElementsOf(ids.subList(0, 7));
		assertThat(answer.read("$.data.nodes[7]", Object.class)).isNull();
		assertThat(answer.read("$.data.nodes[8]", Object.class)).isNull();
		List<String> errors = answer.read("$.errors[*].extensions.argument", List.class);
		assertThat(errors).containsExactly("ids[8]", "ids[7]");
	}

}
