package org.govgraph.seed;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The facts researchers rely on, read back from the loaded graph with exact values. */
class GovernanceGraphIT extends LoadedGraphTest {

	@Test
	void theFiveRolesOfParagraph35WithTheirStakeholderGroupsAndParagraphs() {
		var rows = graph.query("""
				MATCH (p:Paragraph)-[d:DEFINES_ROLE]->(r:Role)-[:HELD_BY]->(g:StakeholderGroup)
				MATCH (p)-[:PART_OF]->(parent:Paragraph)
				RETURN p.eId AS eId, parent.eId AS parent, p.instrumentKey AS instrument, r.name AS role, g.name AS grp,
				       d.provenanceSources[0] AS source, d.provenanceKinds[0] AS kind
				ORDER BY p.eId
				""");
		assertThat(rows).extracting((r) -> r.get("eId").asString(), (r) -> r.get("role").asString(),
				(r) -> r.get("grp").asString())
			.containsExactly(
					tuple("para_35__item_i", "Policy authority for Internet-related public policy issues",
							"Governments"),
					tuple("para_35__item_ii", "Role in the development of the Internet, in the technical and economic fields",
							"Private sector"),
					tuple("para_35__item_iii", "Role on Internet matters, especially at community level", "Civil society"),
					tuple("para_35__item_iv", "Facilitating role in the coordination of Internet-related public policy issues",
							"Intergovernmental organizations"),
					tuple("para_35__item_v",
							"Role in the development of Internet-related technical standards and relevant policies",
							"International organizations"));
		assertThat(rows).allSatisfy((r) -> {
			assertThat(r.get("parent").asString()).isEqualTo("para_35");
			assertThat(r.get("instrument").asString()).isEqualTo("un/wsis/2005/tunis-agenda");
			assertThat(r.get("source").asString()).isEqualTo("itu/wtpf-13/media-backgrounder");
			assertThat(r.get("kind").asString()).isEqualTo("QUOTED");
		});
		var itemI = graph.query("""
				MATCH (p:Paragraph {key: 'un/wsis/2005/tunis-agenda#para_35__item_i'}) RETURN p.text AS text
				""");
		assertThat(itemI.getFirst().get("text").asString()).isEqualTo(
				"Policy authority for Internet-related public policy issues is the sovereign right of States. They have rights and responsibilities for international Internet-related public policy issues.");
	}

	@Test
	void resolutions101_102And133RevGuadalajaraRecognizeTheMultistakeholderModel() {
		var rows = graph.query("""
				MATCH (i:Instrument)-[rec:RECOGNIZES]->(:Topic {key: 'multistakeholder-model'})
				WHERE i.kind = 'RESOLUTION'
				OPTIONAL MATCH chain = (i)-[:REVISES*0..]->(first:Instrument) WHERE NOT (first)-[:REVISES]->()
				RETURN i.symbol AS symbol, i.title AS title, i.date AS date, i.datePrecision AS precision,
				       [n IN nodes(chain) | n.key] AS chain, rec.provenanceQuotes[0] AS quote
				ORDER BY symbol
				""");
		assertThat(rows).extracting((r) -> r.get("symbol").asString(), (r) -> r.get("title").asString(),
				(r) -> r.get("chain").asList(org.neo4j.driver.Value::asString))
			.containsExactly(
					tuple("Resolution 101 (Rev. Guadalajara, 2010)", "Internet Protocol-based networks",
							List.of("itu/pp/res/101/rev-guadalajara-2010")),
					tuple("Resolution 102 (Rev. Guadalajara, 2010)",
							"ITU's role with regard to international public policy issues pertaining to the Internet and the management of Internet resources, including domain names and addresses",
							List.of("itu/pp/res/102/rev-guadalajara-2010", "itu/pp/res/102/rev-antalya-2006",
									"itu/pp/res/102/rev-marrakesh-2002")),
					tuple("Resolution 133 (Rev. Guadalajara, 2010)",
							"Roles of administrations of Member States in the management of internationalized (multilingual) domain names",
							List.of("itu/pp/res/133/rev-guadalajara-2010", "itu/pp/res/133/rev-antalya-2006",
									"itu/pp/res/133/marrakesh-2002")));
		assertThat(rows).allSatisfy((r) -> {
			assertThat(r.get("date").asString()).isEqualTo("2010-10");
			assertThat(r.get("precision").asString()).isEqualTo("MONTH");
		});
	}

	@Test
	void wtpf13ProducedOpinion5WithWhatItInvitesAndFocusesOn() {
		var event = graph.query("""
				MATCH (o:Instrument {key: 'itu/wtpf-13/opinion/5'})-[:ADOPTED_AT]->(e:Event)
				RETURN e.key AS key, e.city AS city, e.start AS start, e.end AS end, e.startPrecision AS precision,
				       o.title AS title
				""");
		assertThat(event).hasSize(1);
		Record wtpf = event.getFirst();
		assertThat(wtpf.get("key").asString()).isEqualTo("itu/wtpf-13");
		assertThat(wtpf.get("city").asString()).isEqualTo("Geneva");
		assertThat(wtpf.get("start").asString()).isEqualTo("2013-05-14");
		assertThat(wtpf.get("end").asString()).isEqualTo("2013-05-16");
		assertThat(wtpf.get("precision").asString()).isEqualTo("DAY");
		assertThat(wtpf.get("title").asString()).isEqualTo("Supporting Multi-stakeholderism in Internet Governance");

		var invites = graph.query("""
				MATCH (:Instrument {key: 'itu/wtpf-13/opinion/5'})-[i:INVITES]->(g:StakeholderGroup)
				RETURN g.key AS grp, i.action AS action
				""");
		assertThat(invites).extracting((r) -> r.get("grp").asString()).containsExactly("governments");
		assertThat(invites.getFirst().get("action").asString())
			.startsWith("to explore ways and means for greater collaboration and coordination between governments")
			.endsWith("institutions involved in various aspects of Internet Governance");

		var focus = graph.query("""
				MATCH (:Instrument {key: 'itu/wtpf-13/opinion/5'})-[:FOCUSES_ON]->(t:Topic) RETURN t.key AS topic
				""");
		assertThat(focus).extracting((r) -> r.get("topic").asString()).containsExactly("developing-country-participation");
	}

	@Test
	void theTownHallConsultation() {
		var rows = graph.query("""
				MATCH (e:Event {key: 'itu/sg/open-talks/2013-10-25-town-hall'})-[rp:REMOTE_PARTICIPATION_BY]->(by:Forum)
				MATCH (e)-[:PART_OF]->(series:Event), (e)-[:HELD_DURING]->(igf:Event), (e)-[:CONVENED_BY]->(sg:Forum)
				RETURN e, by.key AS by, rp.note AS note, series.name AS series, igf.key AS igf, sg.key AS convener
				""");
		assertThat(rows).hasSize(1);
		var row = rows.getFirst();
		var e = row.get("e").asNode();
		assertThat(e.get("format").asString()).isEqualTo("Town Hall");
		assertThat(e.get("moderation").asString()).isEqualTo("single moderator");
		assertThat(e.get("panelists").asLong()).isZero();
		assertThat(e.get("openFloor").asBoolean()).isTrue();
		assertThat(e.get("durationMinutes").asLong()).isEqualTo(90);
		assertThat(e.get("remoteParticipation").asBoolean()).isTrue();
		assertThat(e.get("start").asString()).isEqualTo("2013-10-25T09:00");
		assertThat(e.get("timeZone").asString()).isEqualTo("Asia/Makassar");
		assertThat(e.get("contactOrganization").asString())
			.isEqualTo("United Nations Secretariat of the Internet Governance Forum (IGF)");
		assertThat(e.get("contactAddress").asString()).isEqualTo("Villa Le Bocage, Palais des Nations, CH-1211 Geneva 10");
		assertThat(e.get("contactEmail").asString()).isEqualTo("igf@un.org");
		assertThat(e.get("contactPhone").asString()).isEqualTo("+41 (0) 229 173 411");
		assertThat(row.get("by").asString()).isEqualTo("igf/secretariat");
		assertThat(row.get("note").asString()).isEqualTo("upon request");
		assertThat(row.get("series").asString()).isEqualTo("Open Talks");
		assertThat(row.get("igf").asString()).isEqualTo("igf/2013");
		assertThat(row.get("convener").asString()).isEqualTo("itu/sg");
	}

	@Test
	void theConsultationsFeedTheInformationDocumentForCwgInternet() {
		var rows = graph.query("""
				MATCH (series:Event)-[:FEEDS_INTO]->(doc:Instrument)-[:FEEDS_INTO]->(meeting:Event)-[:MEETING_OF]->(cwg:Forum)
				MATCH (talk:Event)-[:PART_OF]->(series)
				RETURN series.key AS series, doc.key AS doc, doc.date AS date, doc.datePrecision AS precision,
				       meeting.start AS meeting, cwg.acronym AS cwg, collect(talk.key) AS talks
				""");
		assertThat(rows).hasSize(1);
		var row = rows.getFirst();
		assertThat(row.get("series").asString()).isEqualTo("itu/sg/open-talks");
		assertThat(row.get("doc").asString()).isEqualTo("itu/sg/2013/information-document-cwg-internet");
		assertThat(row.get("date").asString()).isEqualTo("2013-11");
		assertThat(row.get("precision").asString()).isEqualTo("MONTH");
		assertThat(row.get("meeting").asString()).isEqualTo("2013-11");
		assertThat(row.get("cwg").asString()).isEqualTo("CWG-Internet");
		assertThat(row.get("talks").asList(org.neo4j.driver.Value::asString)).containsExactlyInAnyOrder(
				"itu/sg/open-talks/2013-10-08-world-cafe", "itu/sg/open-talks/2013-10-25-town-hall");
	}

	@Test
	void theForaWhereTheDebateContinues() {
		var rows = graph.query("""
				MATCH (:Topic {key: 'role-of-governments'})-[d:DISCUSSED_AT]->(f:Forum)
				RETURN f.acronym AS acronym, d.provenanceKinds[0] AS kind ORDER BY acronym
				""");
		assertThat(rows).extracting((r) -> r.get("acronym").asString())
			.containsExactly("CSTD", "ICANN", "IGF", "ITU", "UNGA");
		assertThat(rows).allSatisfy((r) -> assertThat(r.get("kind").asString()).isEqualTo("QUOTED"));
		var cstd = graph.query("""
				MATCH (unctad:Forum)-[:SECRETARIAT_OF]->(cstd:Forum {acronym: 'CSTD'})-[:PART_OF]->(ecosoc:Forum)
				RETURN unctad.acronym AS unctad, ecosoc.acronym AS ecosoc
				""");
		assertThat(cstd).extracting((r) -> r.get("unctad").asString(), (r) -> r.get("ecosoc").asString())
			.containsExactly(tuple("UNCTAD", "ECOSOC"));
	}

	@Test
	void theWorkingDefinitionDevelopedByWgigAndIncludedInParagraph34() {
		var rows = graph.query("""
				MATCH (t:Topic {key: 'internet-governance-working-definition'})-[:DEVELOPED_BY]->(wgig:Forum)
				MATCH (p:Paragraph)-[:DEFINES]->(t)
				MATCH (report:Instrument)-[:PROPOSES]->(t)
				MATCH (t)-[:ADOPTED_AT]->(phase:Event)
				RETURN wgig.acronym AS wgig, p.key AS paragraph, p.text AS text, p.textComplete AS complete,
				       report.key AS report, report.date AS reportDate, phase.key AS phase
				""");
		assertThat(rows).hasSize(1);
		var row = rows.getFirst();
		assertThat(row.get("wgig").asString()).isEqualTo("WGIG");
		assertThat(row.get("paragraph").asString()).isEqualTo("un/wsis/2005/tunis-agenda#para_34");
		assertThat(row.get("text").asString()).isEqualTo(
				"the development and application by governments, the private sector and civil society, in their respective roles, of shared principles, norms, rules, decision-making procedures, and programmes that shape the evolution and use of the Internet");
		assertThat(row.get("complete").asBoolean()).isFalse();
		assertThat(row.get("report").asString()).isEqualTo("wgig/2005/report");
		assertThat(row.get("reportDate").asString()).isEqualTo("2005-06");
		assertThat(row.get("phase").asString()).isEqualTo("wsis/2005-tunis");
	}

}
