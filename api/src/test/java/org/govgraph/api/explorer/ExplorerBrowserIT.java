package org.govgraph.api.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web explorer end to end in headless Chromium, over the seeded API: search as you type
 * (one request for a burst of keys, highlighted snippets, the arrow keys), an instrument's
 * paragraphs with the provenance of each fact, a role and the instruments referencing it, a
 * forum's events and calendar link, an event's time at the venue and for the viewer, the
 * neighbourhood graph expanded by a click on a node, a path with each hop's sources, the
 * timeline filtered by forum, Back, and a GraphQL error shown with its correlation id. Every
 * figure is compared with what the API itself answers. Each view is checked for labelled
 * controls, the focus order of the main controls, and with axe-core when
 * {@code clients/explorer/a11y} has it installed; screenshots go to {@code target/screenshots}.
 *
 * <p>Needs Chromium and its driver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, or
 * the system properties {@code govgraph.test.chromium} and {@code govgraph.test.chromedriver});
 * skipped with a message where they are not installed. The per-client cost budget is lifted, since
 * the tests and the browser all come from one address, faster than any reader, and so is the
 * request timeout: these tests check what the pages show, not how fast a busy machine answers.
 */
@TestPropertySource(properties = { "govgraph.limits.cost-per-minute=1000000000", "govgraph.limits.request-timeout=30s" })
class ExplorerBrowserIT extends SeededApiTest {

	private static final Path CHROMIUM = Path.of(System.getProperty("govgraph.test.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("govgraph.test.chromedriver", "/usr/bin/chromedriver"));

	/** axe-core as {@code npm ci} in clients/explorer/a11y installs it; the tests run in the api module. */
	private static final Path AXE = Path.of("..", "clients", "explorer", "a11y", "node_modules", "axe-core", "axe.min.js");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String TUNIS_AGENDA = "un/wsis/2005/tunis-agenda";

	private static final String ROLE = "un/wsis/2005/tunis-agenda/role/states-policy-authority";

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static ChromeDriverService service;

	private static ChromeDriver driver;

	@LocalServerPort
	int serverPort;

	@BeforeAll
	static void browser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"no chromium/chromedriver installed: " + CHROMIUM + " and " + CHROMEDRIVER
						+ " are needed (Debian: apt-get install chromium chromium-driver); the browser tests are skipped");
		Files.createDirectories(SCREENSHOTS);
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(Path.of("target", "chromedriver.log").toFile())
			.build();
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=en-GB", "--window-size=1280,800",
				"--user-data-dir=" + Files.createTempDirectory(Path.of("target"), "chromium-profile").toAbsolutePath());
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(WAIT);
	}

	@AfterAll
	static void closeBrowser() {
		if (driver != null) {
			driver.quit();
		}
		if (service != null) {
			service.stop();
		}
	}

	@BeforeEach
	void desktop() {
		viewport(1280, 800, false);
		scheme("light");
		driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
	}

	@AfterEach
	void noPolicyViolations() {
		assertThat(js("return document.documentElement.dataset.cspViolations || ''")).isEqualTo("");
	}

	@Test
	void searchAsYouTypeWithOneRequestPerPauseHighlightedSnippetsAndTheArrowKeys() {
		open("#/");
		countRequests();
		WebElement box = driver.findElement(By.id("q"));
		box.sendKeys("multistakeholder");
		waitFor("document.getElementById('view').dataset.query === 'multistakeholder'");

		DocumentContext api = this.http.query("""
				{ search(query: "multistakeholder", first: 20) { totalCount edges { snippet node { id } } } }""");
		int total = api.read("$.data.search.totalCount", Integer.class);
		assertThat(total).isEqualTo(13);
		assertThat(text("#result-count")).isEqualTo("13 results for “multistakeholder”");
		assertThat(driver.getCurrentUrl()).endsWith("/explorer/#/search?q=multistakeholder");
		assertThat(js("return window.__requests.filter((r) => r === 'ExplorerSearch').length")).isEqualTo(1L);

		List<WebElement> results = driver.findElements(By.cssSelector("#results .result"));
		assertThat(results).hasSize(13);
		assertThat(results.get(0).findElement(By.cssSelector(".result-title")).getText())
			.isEqualTo("Multistakeholder model of Internet governance");
		assertThat(results.get(0).findElement(By.cssSelector(".result-snippet mark")).getText()).isEqualTo("Multistakeholder");
		assertThat(results.get(1).findElement(By.cssSelector(".result-snippet")).getText())
			.isEqualTo(api.read("$.data.search.edges[1].snippet", String.class).replace("<mark>", "").replace("</mark>", ""));

		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(activeText()).contains("Multistakeholder model of Internet governance");
		driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		assertThat(activeText()).contains("Informal consultation of the ITU Secretary-General");
		driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
		driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
		assertThat(js("return document.activeElement.id")).isEqualTo("q");

		accessibility("search");
		js("window.scrollTo(0, 0)");
		screenshot("search");
		viewport(390, 844, true);
		screenshot("phone-search");
	}

	@Test
	void anInstrumentWithItsParagraphsAndTheProvenanceOfEachFact() {
		open("#/");
		driver.findElement(By.id("q")).sendKeys("Tunis Agenda");
		waitFor("document.getElementById('view').dataset.query === 'Tunis Agenda'");
		driver.findElements(By.cssSelector("#results .result-link"))
			.stream()
			.filter((a) -> a.getText().endsWith("Tunis Agenda for the Information Society"))
			.findFirst()
			.orElseThrow()
			.click();
		waitForView();
		assertThat(driver.getCurrentUrl()).endsWith("#/instrument/un/wsis/2005/tunis-agenda");
		assertThat(text("#entity-title")).isEqualTo("Tunis Agenda for the Information Society");

		DocumentContext api = this.http.query("""
				query($key: String!) { instrument(key: $key) { paragraphs(first: 20) { totalCount }
				  paragraph: paragraphs(first: 3) { edges { node { eId text provenance { quote locator sourceTitle } } } } } }""",
				Map.of("key", TUNIS_AGENDA));
		assertThat(api.read("$.data.instrument.paragraphs.totalCount", Integer.class)).isEqualTo(8);
		assertThat(text("#paragraphs-h .count")).isEqualTo("(8)");
		assertThat(driver.findElements(By.cssSelector("#paragraphs > li"))).hasSize(8);

		WebElement para35 = driver.findElement(By.id("p-para_35"));
		assertThat(api.read("$.data.instrument.paragraph.edges[2].node.eId", String.class)).isEqualTo("para_35");
		assertThat(para35.findElement(By.cssSelector(".para-label")).getText()).startsWith("¶ 35");
		assertThat(para35.findElement(By.cssSelector(".para-text")).getText())
			.isEqualTo(api.read("$.data.instrument.paragraph.edges[2].node.text", String.class));
		List<WebElement> entries = para35.findElements(By.cssSelector(".prov-entry"));
		assertThat(entries).hasSize(4);
		WebElement quoted = entries.get(0);
		assertThat(quoted.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Quoted");
		assertThat(quoted.findElement(By.cssSelector(".quote")).getText())
			.isEqualTo("The management of the Internet encompasses both technical and public policy issues and should involve "
					+ "all stakeholders and relevant intergovernmental and international organizations. In this respect, it "
					+ "is recognized that:");
		assertThat(quoted.findElement(By.cssSelector(".locator")).getText())
			.isEqualTo("at para_5 of Supporting Multi-stakeholderism in Internet Governance");
		assertThat(quoted.findElement(By.cssSelector(".locator a")).getAttribute("href"))
			.endsWith("#/instrument/itu/wtpf-13/media-backgrounder?p=para_5");
		assertThat(entries.get(3).findElement(By.cssSelector(".badge")).getText()).isEqualTo("Derived");
		assertThat(entries.get(3).findElement(By.cssSelector(".rule")).getText()).startsWith("Rule: ");

		// The instrument's own facts: the date is derived and marked so; the title is curated, with its public record.
		WebElement date = driver.findElement(By.cssSelector(".fact[data-property='date']"));
		assertThat(date.findElement(By.cssSelector(".value")).getText()).isEqualTo("2005-11");
		assertThat(date.findElement(By.cssSelector(".badge.derived")).getText()).isEqualTo("derived");
		WebElement title = driver.findElement(By.cssSelector(".fact[data-property='title']"));
		assertThat(title.findElements(By.cssSelector(".badge.derived"))).isEmpty();
		assertThat(title.findElement(By.cssSelector("a.source-link")).getAttribute("href"))
			.isEqualTo("https://www.itu.int/net/wsis/");
		assertThat(title.findElement(By.cssSelector(".locator")).getText()).isEqualTo("curated fact curated/E1 · public record");

		accessibility("instrument");
		js("window.scrollTo(0, 0)");
		screenshot("entity");
		js("document.getElementById('p-para_35').scrollIntoView({block: 'start'}); window.scrollBy(0, -70)");
		screenshot("entity-para35");
		viewport(390, 844, true);
		js("document.getElementById('p-para_35').scrollIntoView({block: 'start'})");
		screenshot("phone-entity");
		viewport(1280, 800, false);
		scheme("dark");
		js("document.getElementById('p-para_35').scrollIntoView({block: 'start'}); window.scrollBy(0, -70)");
		assertThat(js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(16, 20, 24)");
		screenshot("dark-entity");
	}

	@Test
	void aRoleWithTheInstrumentsAndParagraphsThatReferenceIt() {
		open(route("instrument", TUNIS_AGENDA));
		driver.findElement(By.cssSelector("#p-para_35__item_i .para-roles a")).click();
		waitForView();
		assertThat(driver.getCurrentUrl()).endsWith("#/role/" + ROLE);
		DocumentContext api = this.http.query("""
				query($role: ID!) { instrumentsReferencingRole(role: $role) { totalCount
				  edges { node { displayTitle } definedBy { paragraph { text } provenance { quote } } } } }""",
				Map.of("role", id("Role", ROLE)));
		int total = api.read("$.data.instrumentsReferencingRole.totalCount", Integer.class);
		assertThat(total).isEqualTo(1);
		assertThat(text("#entity-title")).isEqualTo("Policy authority for Internet-related public policy issues");
		assertThat(text("#reference-count")).isEqualTo("Referenced by 1 instrument");
		assertThat(driver.findElements(By.cssSelector(".reference"))).hasSize(total);
		assertThat(text(".reference h3")).isEqualTo("Tunis Agenda for the Information Society");
		WebElement defining = driver.findElement(By.cssSelector(".reference .defining-paragraph"));
		assertThat(defining.findElement(By.cssSelector(".para-text")).getText())
			.isEqualTo(api.read("$.data.instrumentsReferencingRole.edges[0].definedBy[0].paragraph.text", String.class));
		assertThat(defining.findElement(By.cssSelector(".quote")).getText())
			.isEqualTo(api.read("$.data.instrumentsReferencingRole.edges[0].definedBy[0].provenance[0].quote", String.class));
		assertThat(text(".meta")).isEqualTo("Held by Governments");
		accessibility("role");
	}

	@Test
	void aForumWithItsOrgansEventsAndCalendarAndAnEventAtTheVenueAndForTheViewer() {
		open(route("forum", "itu"));
		DocumentContext api = this.http.query("""
				{ forum(acronym: "ITU") { calendarUrl organs { forum { name acronym } } events(first: 50) { totalCount } } }""");
		int events = api.read("$.data.forum.events.totalCount", Integer.class);
		assertThat(text("#event-count")).isEqualTo("(" + events + ")");
		assertThat(driver.findElements(By.cssSelector(".event-list li"))).hasSize(events);
		List<Map<String, String>> organForums = api.read("$.data.forum.organs[*].forum");
		List<String> organs = organForums.stream()
			.map((f) -> (f.get("acronym") == null || f.get("acronym").equals(f.get("name"))) ? f.get("name")
					: f.get("name") + " (" + f.get("acronym") + ")")
			.toList();
		assertThat(organs).contains("ITU Council");
		assertThat(driver.findElements(By.cssSelector("#h-organs + ul > li > a:first-child")).stream().map(WebElement::getText))
			.containsExactlyElementsOf(organs);
		String feed = api.read("$.data.forum.calendarUrl", String.class);
		assertThat(feed).startsWith("http://");
		assertThat(driver.findElement(By.cssSelector("a.calendar-subscribe")).getAttribute("href"))
			.isEqualTo(feed.replaceFirst("^http:", "webcal:"));
		assertThat(driver.findElement(By.cssSelector("a.calendar-download")).getAttribute("href")).isEqualTo(feed);
		accessibility("forum");

		open(route("event", "itu/sg/open-talks/2013-10-25-town-hall"));
		assertThat(text(".venue-time"))
			.isEqualTo("Fri, 25 Oct 2013, 09:00 GMT+8 – Fri, 25 Oct 2013, 10:30 GMT+8 at the venue (Asia/Makassar)");
		assertThat(text(".viewer-time"))
			.isEqualTo("Thu, 24 Oct 2013, 21:00 GMT-4 – Thu, 24 Oct 2013, 22:30 GMT-4 for you (America/New_York)");
		DocumentContext event = this.http.query("""
				{ event(key: "itu/sg/open-talks/2013-10-25-town-hall") { start { instant } calendarUrl } }""");
		assertThat(event.read("$.data.event.start.instant", String.class)).isEqualTo("2013-10-25T09:00:00.000+08:00");
		assertThat(driver.findElement(By.cssSelector("a.calendar-subscribe")).getAttribute("href"))
			.isEqualTo(event.read("$.data.event.calendarUrl", String.class).replaceFirst("^http:", "webcal:"));
		accessibility("event");
	}

	@Test
	void theNeighbourhoodGraphNamesEachEdgeAndGrowsWhenANodeIsClicked() {
		open(route("instrument", TUNIS_AGENDA));
		driver.findElement(By.linkText("Show in graph")).click();
		waitForView();
		String agenda = id("Instrument", TUNIS_AGENDA);
		assertThat(driver.getCurrentUrl()).endsWith("#/graph?node=" + agenda);
		assertThat(text("#graph-count")).isEqualTo("10 entities, 9 relationships");
		assertThat(edgeTypes()).containsExactlyInAnyOrder("ADOPTED_AT", "ADDRESSES", "REFERS_TO", "FEEDS_INTO", "CITES",
				"CITES", "CITES", "CITES", "PART_OF");
		js("window.scrollTo(0, 0)");
		screenshot("graph");

		String wsis = id("Event", "wsis/2005-tunis");
		clickNode(wsis);
		waitFor("document.getElementById('graph-canvas').dataset.expanded === '2'");
		assertThat(driver.getCurrentUrl()).endsWith("#/graph?node=" + agenda + "&open=" + wsis);
		String count = text("#graph-count");
		assertThat(count).isNotEqualTo("10 entities, 9 relationships");
		long nodes = (Long) js("return document.getElementById('graph-canvas').cy.nodes().length");
		long edges = (Long) js("return document.getElementById('graph-canvas').cy.edges().length");
		assertThat(count).isEqualTo(nodes + " entities, " + edges + " relationships");
		assertThat(text("#graph-panel h2")).isEqualTo("WSIS Tunis phase");
		assertThat(driver.findElement(By.cssSelector("#graph-nodes li[data-id='" + wsis + "'] button")).getText())
			.isEqualTo("Expanded");
		assertThat(edgeTypes()).contains("PART_OF", "ADOPTED_AT");

		// The same expansion from the keyboard: the list beside the drawing.
		WebElement expand = driver.findElement(By.cssSelector("#graph-nodes li:not(.expanded) button.expand"));
		expand.sendKeys(Keys.ENTER);
		waitFor("document.getElementById('graph-canvas').dataset.expanded === '3'");
		accessibility("graph");
		scheme("dark");
		js("window.scrollTo(0, 0)");
		screenshot("dark-graph");

		// A shared address draws the same graph.
		String shared = driver.getCurrentUrl();
		driver.navigate().to(base() + "#/");
		waitForView();
		driver.navigate().to(shared);
		waitForView();
		waitFor("document.getElementById('graph-canvas').dataset.expanded === '3'");
		assertThat((Long) js("return document.getElementById('graph-canvas').cy.edges().length")).isGreaterThan(edges);
	}

	@Test
	void aPathWithEachHopsSourcesThenTheTimelineOfItuAndBack() {
		String opinion = id("Instrument", "itu/wtpf-13/opinion/5");
		String para35 = id("Paragraph", TUNIS_AGENDA + "#para_35");
		open(route("instrument", "itu/wtpf-13/opinion/5"));
		driver.findElement(By.linkText("Find a path from here")).click();
		waitForView();
		assertThat(driver.getCurrentUrl()).endsWith("#/path?from=" + opinion);
		assertThat(text("#from-picked")).contains("Opinion 5");
		driver.findElement(By.id("to-search")).sendKeys("management of the Internet encompasses");
		new WebDriverWait(driver, WAIT)
			.until((d) -> !d.findElements(By.cssSelector("#to-options button[data-id='" + para35 + "']")).isEmpty());
		driver.findElement(By.cssSelector("#to-options button[data-id='" + para35 + "']")).click();
		assertThat(text("#to-picked")).isEqualTo("Chosen: Paragraph Tunis Agenda for the Information Society, ¶ 35");
		driver.findElement(By.id("find-path")).click();
		waitForView();
		String pathUrl = driver.getCurrentUrl();
		assertThat(pathUrl).endsWith("#/path?from=" + opinion + "&to=" + para35 + "&max=4");

		DocumentContext api = this.http.query("""
				query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length
				  hops { relationship direction provenance { quote } } } }""", Map.of("from", opinion, "to", para35));
		assertThat(api.read("$.data.path.length", Integer.class)).isEqualTo(3);
		List<String> relationships = api.read("$.data.path.hops[*].relationship");
		assertThat(relationships).containsExactly("ADOPTED_AT", "DISCUSSED_AT", "REFERS_TO");
		assertThat(text("#path-h")).startsWith("3 hops from ");
		List<WebElement> hops = driver.findElements(By.cssSelector(".hop"));
		assertThat(hops.stream().map((hop) -> hop.getAttribute("data-relationship"))).containsExactlyElementsOf(relationships);
		assertThat(hops.get(0).findElement(By.cssSelector(".badge.rel")).getText()).isEqualTo("—ADOPTED_AT→");
		assertThat(hops.get(1).findElement(By.cssSelector(".badge.rel")).getText()).isEqualTo("←DISCUSSED_AT—");
		assertThat(hops.get(0).findElement(By.cssSelector(".prov-entry .locator")).getText())
			.isEqualTo("curated fact curated/E3 · public record");
		for (int i = 1; i < 3; i++) {
			assertThat(hops.get(i).findElement(By.cssSelector(".quote")).getText())
				.isEqualTo(api.read("$.data.path.hops[" + i + "].provenance[0].quote", String.class));
		}
		accessibility("path");
		js("window.scrollTo(0, 0)");
		screenshot("path");

		driver.findElement(By.linkText("Timeline")).click();
		waitForView();
		new Select(driver.findElement(By.id("tl-forum"))).selectByValue("ITU");
		waitFor("location.hash === '#/timeline?forum=ITU' && document.body.dataset.ready === location.hash");
		DocumentContext timeline = this.http.query("""
				{ timeline(filter: {forum: "ITU"}, first: 100) { totalCount edges { node { node {
				  ... on Instrument { key } ... on Event { key } } } } } }""");
		int total = timeline.read("$.data.timeline.totalCount", Integer.class);
		List<String> keys = timeline.read("$.data.timeline.edges[*].node.node.key");
		assertThat(text("#timeline-count")).isEqualTo(total + " entries for ITU");
		assertThat(driver.findElements(By.cssSelector("#timeline .entry")).stream().map((e) -> e.getAttribute("data-key")))
			.containsExactlyElementsOf(keys);
		focusOrder("#tl-forum", "#tl-from", "#tl-to", "#tl-kind", "#tl-apply");
		accessibility("timeline");
		js("window.scrollTo(0, 0)");
		screenshot("timeline");

		driver.navigate().back();
		waitFor("location.hash === '#/timeline' && document.body.dataset.ready === location.hash");
		driver.navigate().back();
		waitForView();
		assertThat(driver.getCurrentUrl()).isEqualTo(pathUrl);
		assertThat(driver.findElements(By.cssSelector(".hop"))).hasSize(3);
	}

	@Test
	void aGraphQlErrorIsShownWithItsCorrelationId() {
		open(route("instrument", "no/such-instrument"));
		waitFor("!document.getElementById('error').hidden");
		assertThat(text("#error .error-message")).isEqualTo("No instrument has the key or symbol 'no/such-instrument'");
		assertThat(text("#error .correlation-id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(js("return document.getElementById('error').getAttribute('role')")).isEqualTo("alert");
	}

	// --- helpers ---

	private String base() {
		return "http://127.0.0.1:" + this.serverPort + "/explorer/";
	}

	private static String route(String view, String path) {
		return "#/" + view + "/" + path;
	}

	/** Opens a route and waits until its view has rendered. */
	private void open(String route) {
		driver.navigate().to(base() + route);
		waitForView();
	}

	private static void waitForView() {
		waitFor("document.body.dataset.ready === location.hash");
	}

	private static void waitFor(String condition) {
		new WebDriverWait(driver, WAIT).withMessage(condition)
			.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return " + condition)));
	}

	private static Object js(String script, Object... args) {
		return driver.executeScript(script, args);
	}

	private static String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	private static String activeText() {
		return driver.switchTo().activeElement().getText();
	}

	/** Counts the GraphQL operations the page sends from now on, by name, in {@code window.__requests}. */
	private static void countRequests() {
		js("""
				window.__requests = [];
				const original = window.fetch;
				window.fetch = (url, init) => {
				  if (init && init.body) window.__requests.push(JSON.parse(init.body).operationName);
				  return original(url, init);
				};""");
	}

	@SuppressWarnings("unchecked")
	private static List<String> edgeTypes() {
		return (List<String>) js("return document.getElementById('graph-canvas').cy.edges().map((e) => e.data('type'))");
	}

	/** Clicks where the graph draws a node, as a user would (at its point of the viewport). */
	@SuppressWarnings("unchecked")
	private static void clickNode(String id) {
		var at = (Map<String, Number>) js("""
				window.scrollTo(0, 0);
				const box = document.getElementById('graph-canvas').getBoundingClientRect();
				const p = document.getElementById('graph-canvas').cy.$id(arguments[0]).renderedPosition();
				return {x: box.left + p.x, y: box.top + p.y};""", id);
		new Actions(driver).moveToLocation(at.get("x").intValue(), at.get("y").intValue()).click().perform();
	}

	private static void viewport(int width, int height, boolean mobile) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

	private static void scheme(String scheme) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	private static void screenshot(String name) {
		js("document.activeElement && document.activeElement.blur()");
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every control has an accessible name, the main controls of the header come first in the
	 * focus order, and axe-core (when installed) finds no serious or critical violation.
	 */
	@SuppressWarnings("unchecked")
	private void accessibility(String view) {
		List<String> unnamed = (List<String>) js("""
				const named = (el) => {
				  if ((el.getAttribute('aria-label') || '').trim()) return true;
				  const by = el.getAttribute('aria-labelledby');
				  if (by && by.split(/\\s+/).some((id) => (document.getElementById(id)?.textContent || '').trim())) return true;
				  if (el.labels && [...el.labels].some((l) => l.textContent.trim())) return true;
				  if (['A', 'BUTTON', 'SUMMARY'].includes(el.tagName) || el.getAttribute('role') === 'button') {
				    return el.textContent.trim().length > 0;
				  }
				  return (el.getAttribute('title') || '').trim().length > 0;
				};
				return [...document.querySelectorAll(
				    'input:not([type=hidden]), button, select, textarea, a[href], a[role=button], [role=button], summary')]
				  .filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 120));""");
		assertThat(unnamed).as("controls without an accessible name in the " + view + " view").isEmpty();
		focusOrder();
		if (Files.isRegularFile(AXE)) {
			try {
				js(Files.readString(AXE));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			List<String> violations = (List<String>) driver.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					axe.run(document, {resultTypes: ['violations']}).then((r) => done(r.violations
					  .filter((v) => v.impact === 'serious' || v.impact === 'critical')
					  .map((v) => v.impact + ' ' + v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))));""");
			assertThat(violations).as("axe-core's serious and critical violations in the " + view + " view").isEmpty();
		}
		else {
			System.out.println("ExplorerBrowserIT: axe-core skipped in the " + view + " view: " + AXE.toAbsolutePath()
					+ " is not installed (npm ci in clients/explorer/a11y)");
		}
	}

	/**
	 * Tabbing from the top of the page reaches the header's controls (the home link, the search box,
	 * the four views), then the given controls of the view, in that order, each below or to the
	 * right of the one before: the focus order follows the visual order.
	 */
	@SuppressWarnings("unchecked")
	private static void focusOrder(String... viewControls) {
		js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);"
				+ "document.body.setAttribute('tabindex', '-1'); document.body.focus(); document.body.removeAttribute('tabindex')");
		var expected = new java.util.ArrayList<>(List.of(".brand a", "#q", "nav li:nth-child(1) a", "nav li:nth-child(2) a",
				"nav li:nth-child(3) a", "nav li:nth-child(4) a"));
		expected.addAll(List.of(viewControls));
		var reached = new java.util.ArrayList<Map<String, Object>>();
		int guard = 0;
		while (reached.size() < expected.size() && guard++ < 60) {
			new Actions(driver).sendKeys(Keys.TAB).perform();
			var at = (Map<String, Object>) js("""
					const el = document.activeElement;
					const match = arguments[0].find((css) => document.querySelector(css) === el);
					const box = el.getBoundingClientRect();
					return {css: match || null, top: box.top + window.scrollY, left: box.left + window.scrollX};""",
					expected);
			if (at.get("css") != null) {
				reached.add(at);
			}
			else if (reached.size() < 6) {
				throw new AssertionError("TAB reached a control outside the header before it: "
						+ js("return document.activeElement.outerHTML.slice(0, 120)"));
			}
		}
		assertThat(reached.stream().map((r) -> (String) r.get("css"))).containsExactlyElementsOf(expected);
		for (int i = 1; i < reached.size(); i++) {
			double top = ((Number) reached.get(i).get("top")).doubleValue();
			double left = ((Number) reached.get(i).get("left")).doubleValue();
			double previousTop = ((Number) reached.get(i - 1).get("top")).doubleValue();
			double previousLeft = ((Number) reached.get(i - 1).get("left")).doubleValue();
			assertThat(top > previousTop + 4 || (Math.abs(top - previousTop) <= 24 && left > previousLeft))
				.as("%s comes after %s in the visual order", reached.get(i).get("css"), reached.get(i - 1).get("css"))
				.isTrue();
		}
	}

}
