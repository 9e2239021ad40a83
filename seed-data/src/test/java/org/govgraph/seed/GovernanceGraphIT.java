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
		assertThat(e.get("region").asString()).isEqualTo("Bali");
		assertThat(e.get("country").asString()).isEqualTo("Indonesia");
		assertThat(e.get("city").isNull()).isTrue();
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
				RETURN f.key AS key, f.acronym AS acronym, d.provenanceKinds[0] AS kind, d.provenanceQuotes[0] AS quote
				ORDER BY key
				""");
		assertThat(rows).extracting((r) -> r.get("key").asString(), (r) -> r.get("acronym").asString(null))
			.containsExactly(tuple("icann", "ICANN"), tuple("igf", "IGF"), tuple("itu", "ITU"), tuple("un/ecosoc/cstd", "CSTD"),
					tuple("un/ga", null));
		assertThat(rows).allSatisfy((r) -> {
			assertThat(r.get("kind").asString()).isEqualTo("QUOTED");
			assertThat(r.get("quote").asString()).isEqualTo(
					"As we approach the 10-year anniversary of WSIS, the global debate continues on this topic at various international fora including the UN General Assembly, ITU, UNCTAD’s CSTD, IGF, ICANN, and several others.");
		});
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

	/** The entries of a node that support one of its properties: kind, source, locator, quote, rule, derivedFrom. */
	private static List<List<String>> statements(String key, String property) {
		return graph.query("""
				MATCH (n {key: $key}) WHERE NOT n:Change AND NOT n:Snapshot
				UNWIND range(0, size(n.provenanceKinds) - 1) AS i
				WITH n, i WHERE $property IN split(n.provenanceSupports[i], ',')
				RETURN [n.provenanceKinds[i], n.provenanceSources[i], n.provenanceLocators[i], n.provenanceQuotes[i],
				        n.provenanceRules[i], n.provenanceDerivedFrom[i]] AS entry
				ORDER BY i
				""", java.util.Map.of("key", key, "property", property))
			.stream()
			.map((r) -> r.get("entry").asList(org.neo4j.driver.Value::asString))
			.toList();
	}

	@Test
	void theTownHallsValuesEachWithTheEntriesThatSupportThem() {
		var key = "itu/sg/open-talks/2013-10-25-town-hall";
		var page = "igf/legacy/itu-event-town-hall-consultation";
		assertThat(statements(key, "timeZone")).containsExactly(List.of("DERIVED", "", "", "",
				"The IANA time zone of the region where it was held: Bali, Indonesia keeps Central Indonesia Time (UTC+8), Asia/Makassar",
				"region|country|curated/E6"));
		assertThat(statements(key, "durationMinutes"))
			.containsExactly(List.of("QUOTED", page, "para_10", "Duration: 90 minutes", "", ""));
		assertThat(statements(key, "start")).containsExactly(List.of("CURATED", "curated/E6", "", "", "", ""));
		assertThat(statements(key, "region")).containsExactly(List.of("CURATED", "curated/E6", "", "", "", ""));
		assertThat(statements(key, "panelists")).containsExactly(List.of("QUOTED", page, "para_9",
				"The consultations will be conducted in an open and informal Town Hall meeting format with a single moderator, no panelists and an open floor for comments.",
				"", ""));
		assertThat(statements(key, "remoteParticipation"))
			.containsExactly(List.of("QUOTED", page, "para_11", "Remote participation: Yes", "", ""));
		assertThat(statements(key, "contactEmail")).containsExactly(List.of("DERIVED", "", "", "",
				"The page's \"igf [at] un [dot] org\" with [at] written @ and [dot] written .", page + "#para_15"));
		assertThat(statements(key, "contactPhone"))
			.containsExactly(List.of("QUOTED", page, "para_15", "+41 (0) 229 173 411", "", ""));
		var contact = graph.query("""
				MATCH (e:Event {key: $key})-[c:CONTACT_ORGANIZATION]->(f:Forum)
				MATCH (page:Instrument)-[:ANNOUNCES]->(e)
				RETURN f.key AS forum, c.provenanceQuotes[0] AS quote, page.key AS page
				""", java.util.Map.of("key", key));
		assertThat(contact).extracting((r) -> r.get("forum").asString(), (r) -> r.get("quote").asString(),
				(r) -> r.get("page").asString())
			.containsExactly(tuple("igf/secretariat", "United Nations Secretariat of the Internet Governance Forum (IGF)", page));
	}

	@Test
	void wtpf13HadSome900DelegatesAndTheBackgrounderWasWrittenForIt() {
		var rows = graph.query("""
				MATCH (e:Event {key: 'itu/wtpf-13'})
				OPTIONAL MATCH (doc:Instrument)-[p:PREPARED_FOR]->(e)
				RETURN e.participants AS n, e.participantsQualifier AS qualifier, e.participantsAsWritten AS asWritten,
				       doc.key AS doc, p.provenanceQuotes[0] AS quote
				""");
		assertThat(rows).singleElement().satisfies((r) -> {
			assertThat(r.get("n").asLong()).isEqualTo(900);
			assertThat(r.get("qualifier").asString()).isEqualTo("APPROXIMATE");
			assertThat(r.get("asWritten").asString()).isEqualTo("some 900");
			assertThat(r.get("doc").asString()).isEqualTo("itu/wtpf-13/media-backgrounder");
			assertThat(r.get("quote").asString())
				.isEqualTo("This document is intended as a backgrounder to WTPF-13 to support media in their reporting.");
		});
		assertThat(statements("itu/wtpf-13", "participants")).containsExactly(List.of("CURATED", "curated/E3", "", "", "", ""));
		assertThat(statements("itu/wtpf-13/opinion/5", "date")).containsExactly(List.of("DERIVED", "", "", "",
				"The month of WTPF-13 (14–16 May 2013), which adopted it", "itu/wtpf-13.start|itu/wtpf-13.end|curated/E3"));
		var cafe = graph.query("""
				MATCH (e:Event {key: 'itu/sg/open-talks/2013-10-08-world-cafe'})
				RETURN e.participants AS n, e.participantsQualifier AS qualifier, e.participantsAsWritten AS asWritten
				""").getFirst();
		assertThat(List.of(cafe.get("n").asLong(), cafe.get("qualifier").asString(), cafe.get("asWritten").asString()))
			.containsExactly(50L, "APPROXIMATE", "about 50");
	}

	@Test
	void whichParagraphsCiteAndQuoteTunisAgendaParagraph35() {
		var cites = graph.query("""
				MATCH (p:Paragraph)-[c:CITES]->(:Paragraph {key: 'un/wsis/2005/tunis-agenda#para_35'})
				RETURN p.key AS paragraph, c.pinpoint AS pinpoint ORDER BY paragraph
				""");
		assertThat(cites).extracting((r) -> r.get("paragraph").asString(), (r) -> r.get("pinpoint").asString())
			.containsExactly(tuple("igf/legacy/itu-event-town-hall-consultation#para_6", "Paragraph 35"),
					tuple("itu/wtpf-13/media-backgrounder#para_4", "para. 35"));
		var fromDocuments = graph.query("""
				MATCH (d:Instrument {sourceDocument: true})-[c:CITES]->() RETURN count(c) AS n
				""");
		assertThat(fromDocuments.getFirst().get("n").asLong()).isZero();
		var quotes = graph.query("""
				MATCH (q:Paragraph)-[:QUOTES]->(p:Paragraph)
				RETURN q.eId AS quoting, q.label AS marker, p.key AS quoted, p.label AS label ORDER BY quoting
				""");
		assertThat(quotes).extracting((r) -> r.get("quoting").asString(), (r) -> r.get("marker").asString(null),
				(r) -> r.get("quoted").asString(), (r) -> r.get("label").asString(null))
			.containsExactly(tuple("para_3", null, "un/wsis/2005/tunis-agenda#para_34", "34"),
					tuple("para_5", null, "un/wsis/2005/tunis-agenda#para_35", "35"),
					tuple("para_5__item_i", "i.", "un/wsis/2005/tunis-agenda#para_35__item_i", null),
					tuple("para_5__item_ii", "ii.", "un/wsis/2005/tunis-agenda#para_35__item_ii", null),
					tuple("para_5__item_iii", "iii.", "un/wsis/2005/tunis-agenda#para_35__item_iii", null),
					tuple("para_5__item_iv", "iv.", "un/wsis/2005/tunis-agenda#para_35__item_iv", null),
					tuple("para_5__item_v", "v.", "un/wsis/2005/tunis-agenda#para_35__item_v", null));
		assertThat(statements("un/wsis/2005/tunis-agenda#para_35__item_ii", "position")).containsExactly(List.of("DERIVED",
				"", "", "", "The backgrounder quotes this item as the second item of its quotation of para. 35",
				"itu/wtpf-13/media-backgrounder#para_5__item_ii.parentKey|itu/wtpf-13/media-backgrounder#para_5__item_ii.position"));
		var section = graph.query("MATCH (p:Paragraph {key: 'un/wsis/2005/tunis-agenda#sec_29-82'}) RETURN p.label AS label");
		assertThat(section.getFirst().get("label").asString()).isEqualTo("§§ 29-82");
		assertThat(statements("un/wsis/2005/tunis-agenda#para_34", "position")).containsExactly(List.of("DERIVED", "", "",
				"", "Paragraph 34 lies within §§ 29-82, as its 6th paragraph when 29 to 82 are numbered consecutively",
				"label|un/wsis/2005/tunis-agenda#sec_29-82.label"));
	}

	@Test
	void theCorrectedFacts() {
		var secretariat = graph.query("""
				MATCH (s:Forum)-[:SECRETARIAT_OF]->(:Forum {key: 'igf'})
				OPTIONAL MATCH (s)-[p:PART_OF]->(:Forum {key: 'igf'})
				RETURN s.key AS key, count(p) AS partOf
				""");
		assertThat(secretariat).extracting((r) -> r.get("key").asString(), (r) -> r.get("partOf").asLong())
			.containsExactly(tuple("igf/secretariat", 0L));
		var ga = graph.query("MATCH (f:Forum {key: 'un/ga'}) RETURN f.acronym AS acronym, f.name AS name").getFirst();
		assertThat(ga.get("acronym").isNull()).isTrue();
		assertThat(ga.get("name").asString()).isEqualTo("UN General Assembly");
		var intl = graph.query("MATCH (g:StakeholderGroup {key: 'international-organizations'}) RETURN g.description AS d");
		assertThat(intl.getFirst().get("d").isNull()).isTrue();
		var wtsa = graph.query("""
				MATCH (r:Instrument {key: 'itu/wtsa/res/48/rev-dubai-2012'})-[c]->(x)
				RETURN type(c) AS type, x.key AS to, c.asWritten AS asWritten ORDER BY type, to
				""");
		assertThat(wtsa).extracting((r) -> r.get("type").asString(), (r) -> r.get("to").asString(),
				(r) -> r.get("asWritten").asString(null))
			.containsExactly(tuple("CITES", "itu/pp/res/102/rev-guadalajara-2010", null),
					tuple("CITES", "itu/pp/res/133/rev-guadalajara-2010", null),
					tuple("CITES_OUTCOMES_OF", "wsis/summit", "the relevant outcomes of the two phases of WSIS"),
					tuple("ISSUED_BY", "itu/wtsa", null));
		var para35 = graph.query("""
				MATCH (:Paragraph {key: 'un/wsis/2005/tunis-agenda#para_35'})-[r]->(:Topic {key: 'role-of-governments'})
				RETURN type(r) AS type
				""");
		assertThat(para35).extracting((r) -> r.get("type").asString()).containsExactly("REFERS_TO");
		assertThat(statements("governments", "description")).containsExactly(List.of("DERIVED", "", "", "",
				"Para. 35 of the Tunis Agenda gives policy authority to States; the dataset holds the States' role by the stakeholder group governments, which the working definition (para. 34) names",
				"un/wsis/2005/tunis-agenda#para_35__item_i.text|un/wsis/2005/tunis-agenda#para_34.text"));
		var held = graph.query("""
				MATCH (:Role {key: 'un/wsis/2005/tunis-agenda/role/states-policy-authority'})-[h:HELD_BY]->(g)
				RETURN g.key AS grp, h.provenanceKinds AS kinds
				""").getFirst();
		assertThat(held.get("grp").asString()).isEqualTo("governments");
		assertThat(held.get("kinds").asList()).containsExactly("DERIVED");
		var vendors = graph.query("""
				MATCH (:StakeholderGroup {key: 'equipment-vendors'})-[m:MEMBERSHIP_CATEGORY_OF]->(:Forum {key: 'itu'})
				RETURN m.provenanceQuotes AS quotes
				""");
		assertThat(vendors.getFirst().get("quotes").asList()).containsExactly(
				"ITU's membership ranges from mobile and fixed phone operators to satellite companies, from equipment vendors to broadcasters and Internet Service Providers (ISPs).");
		var igf2013 = graph.query("MATCH (e:Event {key: 'igf/2013'}) RETURN e.region AS region, e.city AS city").getFirst();
		assertThat(igf2013.get("region").asString()).isEqualTo("Bali");
		assertThat(igf2013.get("city").isNull()).isTrue();
		var debate = graph.query("MATCH (t:Topic {key: 'role-of-governments'}) RETURN t.description AS d");
		assertThat(debate.getFirst().get("d").asString()).endsWith(
				"As the 10-year anniversary of WSIS approached, the global debate on it continued at various international fora, including the UN General Assembly, ITU, UNCTAD’s CSTD, IGF and ICANN.");
	}

	@Test
	void howTheTopicsRelateAndWhomOpinion5Involves() {
		var topics = graph.query("""
				MATCH (a:Topic)-[r:BASED_ON|FRAMED_BY]->(b:Topic) RETURN a.key AS a, type(r) AS type, b.key AS b ORDER BY type
				""");
		assertThat(topics).extracting((r) -> r.get("a").asString(), (r) -> r.get("type").asString(), (r) -> r.get("b").asString())
			.containsExactly(tuple("multistakeholder-model", "BASED_ON", "wsis-principles"),
					tuple("internet-governance-guiding-principles", "FRAMED_BY", "multistakeholder-model"));
		var itu = graph.query("""
				MATCH (:Forum {key: 'itu'})-[r:RECOGNIZES]->(t:Topic) RETURN t.key AS topic, r.provenanceLocators AS locators
				""");
		assertThat(itu).extracting((r) -> r.get("topic").asString(), (r) -> r.get("locators").asList())
			.containsExactly(tuple("multistakeholder-model", List.of("para_7")));
		var parties = graph.query("""
				MATCH (:Instrument {key: 'itu/wtpf-13/opinion/5'})-[:SEEKS_COLLABORATION_OF]->(g:StakeholderGroup)
				RETURN g.key AS grp ORDER BY grp
				""");
		assertThat(parties).extracting((r) -> r.get("grp").asString())
			.containsExactly("civil-society", "governments", "intergovernmental-organizations", "international-organizations",
					"private-sector");
		var invites = graph.query("""
				MATCH (:Instrument {key: 'itu/wtpf-13/opinion/5'})-[i:INVITES]->(g) RETURN g.key AS grp, i.invitees AS invitees
				""");
		assertThat(invites).extracting((r) -> r.get("grp").asString(), (r) -> r.get("invitees").asString())
			.containsExactly(tuple("governments", "governments and others"));
	}

}
