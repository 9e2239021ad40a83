package org.govgraph.api.neo4j;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.govgraph.api.limits.ClientBudgets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Runs the read API's main questions once after the graph is up to date and before readiness
 * turns UP, so the first clients do not pay for Neo4j's query planning and the JVM's warm-up:
 * on a cold embedded Neo4j the first statements take seconds, long enough for the first real
 * requests to time out. Then it sends a request to its own port over HTTP a few times, so the web
 * path (filters, security, JSON) is warm too; those requests carry the process's own warm-up key
 * ({@link ClientBudgets#warmUpKey()}) and spend a budget of their own, not the loopback address's.
 * {@code govgraph.warm-up.enabled=false} skips it.
 */
@Component
@Order(1)
public class QueryWarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(QueryWarmUp.class);

	/** Documents that touch every kind of read: root lists, lookups, nested loaders, search, paths, provenance. */
	public static final List<String> DOCUMENTS = List.of("""
			{ instruments(first: 20) { totalCount edges { node { key title date { value } issuedBy { forum { key } }
			    paragraphs(first: 5) { totalCount edges { node { eId text roles { role { name } } references { target { id } } } } }
			    citedBy(depth: 3) { depth source { id } } cites { pinpoint } provenance { source sourceTitle url } statements { property } } } } }""",
			"""
			{ events(filter: {forum: "ITU"}) { totalCount edges { node { key start { instant } forum { key } partOf { event { key } } } } }
			  fora(first: 20) { edges { node { key organs { forum { key } } events { totalCount } instruments { totalCount } } } }
			  timeline(first: 20) { totalCount } stakeholderGroups { key roles { role { key } } } topics { key } }""",
			"""
			{ search(query: "multistakeholder governments", first: 5) { totalCount edges { snippet node { id
			    ... on Paragraph { supports(first: 5) { totalCount edges { node { subject { id } properties } } } } } } }
			  instrumentsReferencingRole(role: "Um9sZTp1bi93c2lzLzIwMDUvdHVuaXMtYWdlbmRhL3JvbGUvc3RhdGVzLXBvbGljeS1hdXRob3JpdHk") { totalCount }
			  source(key: "curated/E1") { supports { totalCount } }
			  path(from: "SW5zdHJ1bWVudDppdHUvd3RwZi0xMy9vcGluaW9uLzU", to: "UGFyYWdyYXBoOnVuL3dzaXMvMjAwNS90dW5pcy1hZ2VuZGEjcGFyYV8zNQ") { length } }""",
			// The same connections without totalCount: their pages are other statements (not counted), with plans of their own.
			"""
			{ instruments(first: 20) { edges { node { key paragraphs(first: 20) { edges { node { eId } } }
			    citingReferences(depth: 2) { edges { node { depth } } } } } }
			  byKey: instruments(first: 20, orderBy: {field: KEY, direction: ASC}) { edges { node { key } } }
			  events(first: 20) { edges { node { key } } } itu: events(filter: {forum: "ITU", from: "2010", to: "2013"}) { edges { node { key } } }
			  fora(first: 20) { edges { node { key events(first: 10) { edges { node { key topics { topic { key } } } } }
			    instruments(first: 5) { edges { node { key } } } } } }
			  timeline(first: 20) { edges { cursor } }
			  search(query: "multistakeholder", first: 20) { edges { node { id } } }
			  instrumentsReferencingRole(role: "Um9sZTp1bi93c2lzLzIwMDUvdHVuaXMtYWdlbmRhL3JvbGUvc3RhdGVzLXBvbGljeS1hdXRob3JpdHk") { edges { node { key } } }
			  node(id: "SW5zdHJ1bWVudDppdHUvd3RwZi0xMy9vcGluaW9uLzU") { id } }""");

	/** Sent over HTTP as a client sends it, so the web path (filters, security, JSON) is warm too. */
	static final String OVER_HTTP = "{\"query\":\"{ node(id: \\\"SW5zdHJ1bWVudDppdHUvd3RwZi0xMy9vcGluaW9uLzU\\\") { id } }\"}";

	/** How many times the request goes over HTTP: enough for the first client's to be as fast as later ones. */
	static final int HTTP_ROUNDS = 20;

	private final ExecutionGraphQlService graphQl;

	private final boolean enabled;

	private final Environment environment;

	private final ClientBudgets budgets;

	QueryWarmUp(ExecutionGraphQlService graphQl, @Value("${govgraph.warm-up.enabled:true}") boolean enabled,
			Environment environment, ClientBudgets budgets) {
		this.graphQl = graphQl;
		this.enabled = enabled;
		this.environment = environment;
		this.budgets = budgets;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		long started = System.nanoTime();
		for (String document : DOCUMENTS) {
			var request = new DefaultExecutionGraphQlRequest(document, null, null, null, UUID.randomUUID().toString(),
					Locale.ROOT);
			try {
				var response = this.graphQl.execute(request).block();
				if (response != null && !response.getErrors().isEmpty()) {
					log.warn("Warm-up query answered with errors: {}", response.getErrors());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Warm-up query failed: {}", ex.getMessage());
			}
		}
		warmOverHttp();
		log.info("Read queries warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/** A few requests to this instance's own port on loopback (none when no web server listens). */
	private void warmOverHttp() {
		Integer port = this.environment.getProperty("local.server.port", Integer.class);
		if (port == null || port <= 0) {
			return;
		}
		String path = this.environment.getProperty("spring.graphql.http.path", "/graphql");
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header(ClientBudgets.API_KEY, this.budgets.warmUpKey())
			.POST(HttpRequest.BodyPublishers.ofString(OVER_HTTP))
			.build();
		try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			for (int i = 0; i < HTTP_ROUNDS; i++) {
				var response = client.send(request, HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() != 200) {
					log.warn("Warm-up request over HTTP answered {}", response.statusCode());
					return;
				}
			}
		}
		catch (IOException ex) {
			log.warn("Warm-up request over HTTP failed: {}", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
