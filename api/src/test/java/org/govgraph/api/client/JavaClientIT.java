package org.govgraph.api.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.govgraph.api.support.SeededApiTest;
import org.govgraph.client.BadRequestException;
import org.govgraph.client.GovernanceGraphClient;
import org.govgraph.client.NotFoundException;
import org.govgraph.client.Pages;
import org.govgraph.client.SyncTokenInvalidException;
import org.govgraph.client.model.Connection;
import org.govgraph.client.model.Event;
import org.govgraph.client.model.EventFilter;
import org.govgraph.client.model.EventSyncStatus;
import org.govgraph.client.model.Forum;
import org.govgraph.client.model.HopDirection;
import org.govgraph.client.model.Instrument;
import org.govgraph.client.model.Node;
import org.govgraph.client.model.Paragraph;
import org.govgraph.client.model.ParagraphRef;
import org.govgraph.client.model.Provenance;
import org.govgraph.client.model.ProvenanceKind;
import org.govgraph.client.model.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The read API's main questions asked through the typed Java client ({@code clients/java-client}),
 * over HTTP against the seeded application, with exact answers: the same ones {@code ReadApiIT}
 * reads from raw JSON.
 */
class JavaClientIT extends SeededApiTest {

	static final String STATES_ROLE = "un/wsis/2005/tunis-agenda/role/states-policy-authority";

	@LocalServerPort
	int localPort;

	GovernanceGraphClient client;

	@BeforeEach
	void connect() {
		this.client = GovernanceGraphClient.create("http://127.0.0.1:" + this.localPort);
	}

	@Test
	void whichInstrumentsReferenceTheRoleOfGovernmentsAndInWhichParagraphs() {
		var answer = this.client.instrumentsReferencingRole(id("Role", STATES_ROLE), null, null);
		assertThat(answer.totalCount()).isEqualTo(1);
		var edge = answer.edges().get(0);
		assertThat(edge.node().key()).isEqualTo("un/wsis/2005/tunis-agenda");
		assertThat(edge.node().title()).isEqualTo("Tunis Agenda for the Information Society");
		assertThat(edge.paragraphs()).extracting(ParagraphRef::eId, ParagraphRef::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("para_35__item_i",
					"Policy authority for Internet-related public policy issues is the sovereign right of States. They have rights and responsibilities for international Internet-related public policy issues."));
		assertThat(edge.definedBy()).hasSize(1);
		assertThat(edge.definedBy().get(0).relationship()).isEqualTo("DEFINES_ROLE");
		assertThat(edge.definedBy().get(0).paragraph().key()).isEqualTo("un/wsis/2005/tunis-agenda#para_35__item_i");
		assertThat(edge.definedBy().get(0).provenance()).containsExactly(new Provenance(ProvenanceKind.QUOTED,
				"itu/wtpf-13/media-backgrounder", "para_5__item_i",
				"Policy authority for Internet-related public policy issues is the sovereign right of States.", null, null,
				null, List.of(), List.of(), "Supporting Multi-stakeholderism in Internet Governance"));
	}

	@Test
	void howOpinion5OfWtpf13ConnectsToParagraph35OfTheTunisAgenda() {
		var path = this.client
			.path(id("Instrument", "itu/wtpf-13/opinion/5"), id("Paragraph", "un/wsis/2005/tunis-agenda#para_35"), null)
			.orElseThrow();
		assertThat(path.length()).isEqualTo(3);
		assertThat(path.nodes()).extracting(Node::id)
			.containsExactly(id("Instrument", "itu/wtpf-13/opinion/5"), id("Event", "itu/wtpf-13"),
					id("Topic", "role-of-governments"), id("Paragraph", "un/wsis/2005/tunis-agenda#para_35"));
		assertThat(path.nodes().get(0)).isInstanceOf(Instrument.class);
		assertThat(path.nodes().get(1)).isInstanceOf(Event.class);
		assertThat(((Topic) path.nodes().get(2)).name()).isEqualTo("Role of governments in the multistakeholder model of Internet governance");
		assertThat(path.hops()).extracting((hop) -> hop.relationship() + " " + hop.direction())
			.containsExactly("ADOPTED_AT FORWARD", "DISCUSSED_AT BACKWARD", "REFERS_TO BACKWARD");
		assertThat(path.hops().get(2).provenance()).extracting(Provenance::source, Provenance::locator, Provenance::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("igf/legacy/itu-event-town-hall-consultation", "para_6",
					ProvenanceKind.QUOTED));
		assertThat(path.hops().get(0).direction()).isEqualTo(HopDirection.FORWARD);
		// Within one hop there is none: empty, no exception.
		assertThat(this.client.path(id("Instrument", "itu/wtpf-13/opinion/5"),
				id("Paragraph", "un/wsis/2005/tunis-agenda#para_35"), 1))
			.isEmpty();
	}

	@Test
	void searchMultistakeholder() {
		var page = this.client.search("multistakeholder", null, 5, null);
		assertThat(page.totalCount()).isEqualTo(13);
		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(page.edges()).hasSize(5);
		// The topic named for the word ranks first; below it, the order of close scores moves with what
		// other tests write to the shared graph (Lucene's statistics), so the rest is checked as a set.
		assertThat(page.edges().getFirst().node().id()).isEqualTo(id("Topic", "multistakeholder-model"));
		// All 13 hits, walked lazily in pages of 5: three requests.
		var hits = this.client.searchStream("multistakeholder", null, 5).toList();
		assertThat(hits).extracting((hit) -> hit.node().id())
			.doesNotHaveDuplicates()
			.hasSize(13)
			.contains(id("Topic", "multistakeholder-model"),
					id("Paragraph", "igf/legacy/itu-event-town-hall-consultation#para_4"),
					id("Topic", "internet-governance-guiding-principles"), id("Topic", "role-of-governments"),
					id("Forum", "itu"));
		var paragraph = hits.stream()
			.filter((hit) -> hit.node().id().equals(id("Paragraph", "igf/legacy/itu-event-town-hall-consultation#para_4")))
			.findFirst()
			.orElseThrow();
		assertThat(paragraph.snippet()).isEqualTo(
				"…mal consultation of the ITU Secretary-General on the role of governments in the <mark>multistakeholder</mark> model of Internet governance");
		assertThat(((Paragraph) paragraph.node()).instrument().key()).isEqualTo("igf/legacy/itu-event-town-hall-consultation");
	}

	@Test
	void nodeAndNodesById() {
		Node itu = this.client.node(id("Forum", "itu"), null).orElseThrow();
		assertThat(itu).isInstanceOfSatisfying(Forum.class, (forum) -> {
			assertThat(forum.acronym()).isEqualTo("ITU");
			assertThat(forum.key()).isEqualTo("itu");
		});
		var nodes = this.client.nodes(List.of(id("Forum", "itu"), id("Forum", "no-such-forum"), "not an id",
				id("Topic", "enhanced-cooperation")));
		assertThat(nodes).hasSize(4);
		assertThat(nodes.get(0)).isEqualTo(itu);
		assertThat(nodes.get(1)).isNull();
		assertThat(nodes.get(2)).isNull();
		assertThat(nodes.get(3)).isInstanceOfSatisfying(Topic.class,
				(topic) -> assertThat(topic.key()).isEqualTo("enhanced-cooperation"));
	}

	@Test
	void theTunisAgendasParagraphsWalkedLazilyInPagesOfTwo() {
		var requests = new AtomicInteger();
		var stream = Pages.<Paragraph>stream((after) -> {
			requests.incrementAndGet();
			return this.client.paragraphs("un/wsis/2005/tunis-agenda", 2, after);
		});
		assertThat(requests).hasValue(0);
		var iterator = stream.iterator();
		var seen = new ArrayList<String>();
		seen.add(iterator.next().eId());
		assertThat(requests).hasValue(1);
		iterator.forEachRemaining((paragraph) -> seen.add(paragraph.eId()));
		assertThat(seen).containsExactly("sec_29-82", "para_34", "para_35", "para_35__item_i", "para_35__item_ii",
				"para_35__item_iii", "para_35__item_iv", "para_35__item_v");
		assertThat(requests).hasValue(4);
		// Only the pages needed: the first three paragraphs take two requests.
		assertThat(this.client.paragraphsStream("un/wsis/2005/tunis-agenda", 2).limit(3).map(Paragraph::eId))
			.containsExactly("sec_29-82", "para_34", "para_35");
	}

	@Test
	void itusCalendarPagedAndItsEventsOf2013() {
		var of2013 = this.client.events(new EventFilter("ITU", null, "2013", "2013", null, null, null, null, null, null), null,
				null, null);
		assertThat(of2013.items()).extracting(Event::key)
			.containsExactly("itu/wtpf-13", "itu/sg/open-talks/2013-10-08-world-cafe",
					"itu/sg/open-talks/2013-10-25-town-hall", "itu/cwg-internet/2013-11");
		Event townHall = of2013.items().get(2);
		assertThat(townHall.start().date().value()).isEqualTo("2013-10-25");
		assertThat(townHall.start().timeZone()).isEqualTo("Asia/Makassar");
		assertThat(townHall.start().instant()).isEqualTo(java.time.OffsetDateTime.parse("2013-10-25T09:00:00+08:00"));
		assertThat(of2013.items().get(0).forum().name()).isEqualTo("World Telecommunication/ICT Policy Forum");

		var itu = new EventFilter("ITU", null, null, null, null, null, null, null, null, null);
		Connection<Event> first = this.client.events(itu, null, 3, null);
		List<String> all = this.client.eventsStream(itu, null, 3).map(Event::key).toList();
		assertThat(all).hasSize(first.totalCount());
		assertThat(all.subList(0, 3)).isEqualTo(first.items().stream().map(Event::key).toList());
		assertThat(all).containsSubsequence("itu/wtpf-13", "itu/sg/open-talks/2013-10-08-world-cafe",
				"itu/sg/open-talks/2013-10-25-town-hall", "itu/cwg-internet/2013-11");
		System.out.println("ITU calendar: " + first.totalCount() + " events: " + all);
	}

	@Test
	void timeline() {
		var page = this.client.timeline(null, 5, null);
		assertThat(page.totalCount()).isEqualTo(26);
		assertThat(page.items()).extracting((entry) -> entry.date().value() + " " + entry.kind() + " " + entry.title())
			.containsExactly("2002 INSTRUMENT Resolution 102 (Rev. Marrakesh, 2002)", "2002 INSTRUMENT Resolution 133 (Marrakesh, 2002)",
					"2003-12 INSTRUMENT Geneva Declaration of Principles", "2003-12 INSTRUMENT Geneva Plan of Action",
					"2003-12-10 EVENT WSIS Geneva phase");
		assertThat(page.items().get(4).node()).isInstanceOfSatisfying(Event.class,
				(event) -> assertThat(event.forum().acronym()).isEqualTo("WSIS"));
		assertThat(this.client.timelineStream(null, 10).count()).isEqualTo(26);
	}

	@Test
	void eventChangesFullSnapshotThenNothingNew() {
		var snapshot = this.client.syncEvents(null, null, 7);
		var events = this.client.events(null, null, 0, null);
		assertThat(snapshot.changes()).hasSize(events.totalCount());
		assertThat(snapshot.changes()).allSatisfy((change) -> assertThat(change.status()).isEqualTo(EventSyncStatus.CONFIRMED));
		assertThat(snapshot.changes().stream().map((change) -> change.event().key()).toList())
			.isSorted()
			.contains("itu/wtpf-13", "itu/sg/open-talks/2013-10-25-town-hall");
		assertThat(snapshot.nextSyncToken()).isNotBlank();
		System.out.println("snapshot: " + snapshot.changes().size() + " events, token " + snapshot.nextSyncToken());

		var again = this.client.syncEvents(snapshot.nextSyncToken(), null, 7);
		assertThat(again.changes()).isEmpty();
		assertThat(again.nextSyncToken()).isNotBlank();

		assertThatExceptionOfType(SyncTokenInvalidException.class)
			.isThrownBy(() -> this.client.syncEvents("forged", null, 7))
			.satisfies((ex) -> {
				assertThat(ex.classification()).isEqualTo("SYNC_TOKEN_INVALID");
				assertThat(ex.argument()).isEqualTo("syncToken");
				assertThat(ex.correlationId()).isNotBlank();
				assertThat(ex.httpStatus()).isEqualTo(200);
			});
	}

	@Test
	void typedNotFoundAndBadRequestWithArgumentAndCorrelationId() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.node(id("Event", "nope"), null))
			.satisfies((ex) -> {
				assertThat(ex.classification()).isEqualTo("NOT_FOUND");
				assertThat(ex.argument()).isEqualTo("id");
				assertThat(ex.correlationId()).isNotBlank();
				assertThat(ex.httpStatus()).isEqualTo(200);
				System.out.println(ex.getMessage());
			});
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.client.fora(101, null))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("'first' must be between 0 and 100, not 101 (argument 'first')");
				assertThat(ex.argument()).isEqualTo("first");
				assertThat(ex.httpStatus()).isEqualTo(400);
				assertThat(ex.correlationId()).isNotBlank();
				System.out.println(ex.getMessage());
			});
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.events(new EventFilter(null, null, "May 2013", null, null, null, null, null, null, null),
					null, null, null))
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("filter.from"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.forum("NO-SUCH-ACRONYM"))
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("acronym"));
	}

}
