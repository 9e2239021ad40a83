package org.govgraph.api.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govgraph.api.http.GraphQlExchange.GRAPHQL_RESPONSE;
import static org.govgraph.api.http.GraphQlExchange.JSON;
import static org.govgraph.api.http.GraphQlExchange.corsHeaders;
import static org.govgraph.api.http.GraphQlExchange.json;

/**
 * The GraphQL endpoint with one allowed CORS origin, and with an interceptor that answers for
 * the server the way the limits and fault handling do: classified errors and response headers.
 */
@Import(GraphQlOverHttpWithOriginIT.FaultInjection.class)
@TestPropertySource(properties = "spring.graphql.cors.allowed-origins=https://app.example.org")
class GraphQlOverHttpWithOriginIT extends SeededApiTest {

	static final String ALLOWED = "https://app.example.org";

	static final String QUERY = "{\"query\":\"{ __typename }\"}";

	@LocalServerPort
	int serverPort;

	private GraphQlExchange exchange;

	@BeforeEach
	void exchange() {
		this.exchange = new GraphQlExchange(this.serverPort);
	}

	@Test
	void theConfiguredOriginGetsCorsHeaders() {
		var simple = this.exchange.send(this.exchange.request("/graphql")
			.header("Content-Type", JSON)
			.header("Origin", ALLOWED)
			.POST(HttpRequest.BodyPublishers.ofString(QUERY)));
		assertThat(simple.statusCode()).isEqualTo(200);
		assertThat(corsHeaders(simple)).isEqualTo(Map.of("access-control-allow-origin", ALLOWED,
				"access-control-expose-headers", "Retry-After, X-Correlation-Id"));

		var preflight = this.exchange.preflight(ALLOWED, "POST");
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(corsHeaders(preflight)).isEqualTo(Map.of("access-control-allow-origin", ALLOWED,
				"access-control-allow-methods", "GET,POST", "access-control-allow-headers", "content-type",
				"access-control-expose-headers", "Retry-After, X-Correlation-Id", "access-control-max-age", "3600"));

		var get = this.exchange.send(this.exchange.request(GraphQlExchange.path(Map.of("query", "{ __typename }")))
			.header("Origin", ALLOWED)
			.GET());
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(corsHeaders(get)).isEqualTo(Map.of("access-control-allow-origin", ALLOWED,
				"access-control-expose-headers", "Retry-After, X-Correlation-Id"));
		assertThat(json(get).read("$.data", Map.class)).isEqualTo(Map.of("__typename", "Query"));
	}

	@Test
	void anotherOriginGetsNoCorsHeaders() {
		var simple = this.exchange.send(this.exchange.request("/graphql")
			.header("Content-Type", JSON)
			.header("Origin", "https://other.example.net")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY)));
		assertThat(simple.statusCode()).isEqualTo(403);
		assertThat(corsHeaders(simple)).isEmpty();
		var preflight = this.exchange.preflight("https://other.example.net", "POST");
		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(corsHeaders(preflight)).isEmpty();
		// Credentials are never allowed, even for the configured origin.
		assertThat(this.exchange.preflight(ALLOWED, "POST").headers().firstValue("Access-Control-Allow-Credentials"))
			.isEmpty();
	}

	@Test
	void classifiedErrorsSetTheStatusAndInterceptorHeadersReachTheClient() {
		var rateLimited = faulty("RATE_LIMITED", null);
		assertThat(rateLimited.statusCode()).isEqualTo(429);
		assertThat(rateLimited.headers().firstValue("Retry-After")).hasValue("7");
		assertThat(json(rateLimited).read("$.errors[0].message", String.class)).isEqualTo("injected RATE_LIMITED");
		assertThat(json(rateLimited).read("$.errors[0].extensions.classification", String.class))
			.isEqualTo("RATE_LIMITED");

		for (String accept : new String[] { GRAPHQL_RESPONSE, JSON }) {
			var unavailable = faulty("SERVICE_UNAVAILABLE", accept);
			assertThat(unavailable.statusCode()).isEqualTo(503);
			assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("7");
			assertThat(faulty("RATE_LIMITED", accept).statusCode()).isEqualTo(429);
			assertThat(faulty("REQUEST_TOO_LARGE", accept).statusCode()).isEqualTo(400);
			assertThat(faulty("LIMIT_EXCEEDED", accept).statusCode()).isEqualTo(400);
		}

		// Over GET as well.
		var get = this.exchange.send(this.exchange.request(GraphQlExchange.path(Map.of("query", "{ __typename }")))
			.header(FaultInjection.HEADER, "SERVICE_UNAVAILABLE")
			.GET());
		assertThat(get.statusCode()).isEqualTo(503);
		assertThat(get.headers().firstValue("Retry-After")).hasValue("7");

		// A header an interceptor adds to an executed response is copied too.
		var executed = faulty("none", JSON);
		assertThat(executed.statusCode()).isEqualTo(200);
		assertThat(executed.headers().firstValue("X-Test-Executed")).hasValue("yes");
		assertThat(json(executed).read("$.data", Map.class)).isEqualTo(Map.of("__typename", "Query"));
	}

	private HttpResponse<String> faulty(String classification, String accept) {
		var request = this.exchange.request("/graphql")
			.header("Content-Type", JSON)
			.header(FaultInjection.HEADER, classification);
		if (accept != null) {
			request.header("Accept", accept);
		}
		return this.exchange.send(request.POST(HttpRequest.BodyPublishers.ofString(QUERY)));
	}

	/**
	 * Outermost interceptor: answers a request carrying {@value #HEADER} with one error of that
	 * classification and {@code Retry-After: 7}, without executing it; with {@code none}, executes
	 * it and adds {@code X-Test-Executed: yes}.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FaultInjection {

		static final String HEADER = "X-Test-Fault";

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		WebGraphQlInterceptor faultInjection() {
			return (request, chain) -> {
				String fault = request.getHeaders().getFirst(HEADER);
				if (fault == null) {
					return chain.next(request);
				}
				if (fault.equals("none")) {
					return chain.next(request).map((response) -> {
						response.getResponseHeaders().set("X-Test-Executed", "yes");
						return response;
					});
				}
				var result = ExecutionResult.newExecutionResult()
					.addError(GraphqlErrorBuilder.newError()
						.message("injected " + fault)
						.errorType(ErrorClassification.errorClassification(fault))
						.build())
					.build();
				var response = new WebGraphQlResponse(
						new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
				response.getResponseHeaders().set("Retry-After", "7");
				return Mono.just(response);
			};
		}

	}

}
