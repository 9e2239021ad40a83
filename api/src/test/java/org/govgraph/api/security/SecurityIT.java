package org.govgraph.api.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import com.jayway.jsonpath.DocumentContext;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.govgraph.api.limits.ClientBudgets;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.SecurityDataFetcherExceptionResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Bearer tokens over real HTTP: reads stay public with or without a token; a token of the token
 * command is accepted, its {@code sub} the principal and its {@code roles} the authorities; an
 * invalid, expired, forged or malformed token is a 401 with {@code WWW-Authenticate} and a JSON
 * body before anything runs; no cookies, no session, and GET answers keep their caching headers;
 * budgets are the subject's; denials map to {@code UNAUTHORIZED} and {@code FORBIDDEN}.
 */
@TestPropertySource(properties = "govgraph.security.jwt.hmac-secret=" + SecurityIT.SECRET)
class SecurityIT extends SeededApiTest {

	static final String SECRET = "c2VjdXJpdHktaXQta2V5LW9mLWF0LWxlYXN0LTMyLWJ5dGVzIQ==";

	private static final SecretKey KEY = HmacSecret.decode(SECRET);

	private static final String QUERY = "{ fora(first: 2) { totalCount } }";

	/** Twenty pages of a hundred fora: a cost far above what a budget refills in a second. */
	private static final String EXPENSIVE = java.util.stream.IntStream.range(0, 20)
		.mapToObj((i) -> "f" + i + ": fora(first: 100) { edges { node { id name } } }")
		.collect(java.util.stream.Collectors.joining(" ", "{ ", " }"));

	@Autowired
	ClientBudgets budgets;

	@Autowired
	JwtDecoder decoder;

	@Autowired
	JwtAuthenticationConverter converter;

	@Autowired
	SecurityDataFetcherExceptionResolver securityErrors;

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	static String token(String subject, List<String> roles, Instant issuedAt, Duration ttl) {
		return TokenCommand.mint(KEY, new TokenCommand.Claims(subject, roles, JwtProperties.DEFAULT_ISSUER, issuedAt, ttl));
	}

	static String token(String subject, String... roles) {
		return token(subject, List.of(roles), Instant.now(), Duration.ofHours(1));
	}

	@Test
	void readsArePublicWithoutATokenAndWithAValidOne() {
		for (var headers : List.of(Map.<String, String>of(), Map.of("Authorization", "Bearer " + token("reader")))) {
			var response = this.http.post(QUERY, Map.of(), headers);
			assertThat(response.statusCode()).isEqualTo(200);
			var body = GraphQlHttp.parse(response.body());
			assertThat(body.read("$.errors", Object.class)).isNull();
			assertThat(body.read("$.data.fora.totalCount", Integer.class)).isPositive();
			assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
			assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		}
	}

	@Test
	void aTokenOfTheTokenCommandNamesItsSubjectAndRoles() {
		String minted = TokenCommand.mint(KEY, new TokenCommand.Claims("alice", List.of("CURATOR", "ADMIN"),
				JwtProperties.DEFAULT_ISSUER, Instant.now(), TokenCommand.DEFAULT_TTL));
		Authentication authentication = this.converter.convert(this.decoder.decode(minted));
		assertThat(authentication.getName()).isEqualTo("alice");
		assertThat(AuthorityUtils.authorityListToSet(authentication.getAuthorities()).stream()
			.filter((authority) -> authority.startsWith("ROLE_"))).containsExactlyInAnyOrder("ROLE_CURATOR", "ROLE_ADMIN");
	}

	@Test
	void invalidTokensAre401WithWwwAuthenticateAndAGraphQlErrorBeforeAnythingRuns() {
		var forgedKey = HmacSecret.decode(Base64.getEncoder().encodeToString("a-different-key-of-32-bytes-long".getBytes(StandardCharsets.US_ASCII)));
		Map<String, String> tokens = Map.of(
				"expired", token("alice", List.of("CURATOR"), Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1)),
				"forged", TokenCommand.mint(forgedKey, new TokenCommand.Claims("alice", List.of("CURATOR"),
						JwtProperties.DEFAULT_ISSUER, Instant.now(), Duration.ofHours(1))),
				"another issuer", TokenCommand.mint(KEY, new TokenCommand.Claims("alice", List.of("CURATOR"),
						"https://elsewhere.example", Instant.now(), Duration.ofHours(1))),
				"malformed", "not.a.jwt",
				"tampered", tamper(token("alice")));
		long before = this.budgets.remaining("subject:alice");
		tokens.forEach((what, token) -> {
			var response = this.http.send(this.http.request("/graphql").header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + QUERY + "\"}")));
			assertThat(response.statusCode()).as(what).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(what)
				.hasValueSatisfying((header) -> assertThat(header).startsWith("Bearer error=\"invalid_token\", error_description=\""));
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(what)
				.startsWith("application/graphql-response+json");
			assertThat(response.headers().allValues("Set-Cookie")).as(what).isEmpty();
			var body = GraphQlHttp.parse(response.body());
			assertThat(body.read("$.errors[0].extensions.classification", String.class)).as(what).isEqualTo("UNAUTHORIZED");
			assertThat(body.read("$.errors[0].message", String.class)).as(what).startsWith("The bearer token is refused: ");
			assertThat(body.read("$.errors[0].extensions.correlationId", String.class)).as(what)
				.isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
			assertThat(body.read("$.data", Object.class)).as(what).isNull();
			assertThat(body.read("$.extensions", Object.class)).as(what).isNull();
		});
		assertThat(this.budgets.remaining("subject:alice")).isEqualTo(before);
	}

	@Test
	void anInvalidTokenElsewhereIsAProblemDetail() {
		var response = this.http.send(this.http.request("/actuator/health").header("Authorization", "Bearer not.a.jwt").GET());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer error=\"invalid_token\"");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		DocumentContext body = GraphQlHttp.parse(response.body());
		assertThat(body.read("$.status", Integer.class)).isEqualTo(401);
		assertThat(body.read("$.title", String.class)).isEqualTo("Unauthorized");
		assertThat(body.read("$.instance", String.class)).isEqualTo("/actuator/health");
		assertThat(body.read("$.correlationId", String.class))
			.isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
	}

	@Test
	void getAnswersKeepTheirCachingHeadersAndNoSessionOrCookieIsMade() {
		for (String authorization : new String[] { null, "Bearer " + token("cacher") }) {
			var get = this.http.request("/graphql?query=%7B__typename%7D").header("Accept", "application/graphql-response+json").GET();
			if (authorization != null) {
				get.header("Authorization", authorization);
			}
			var response = this.http.send(get);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Cache-Control")).containsExactly("max-age=60, public");
			assertThat(response.headers().firstValue("Pragma")).isEmpty();
			assertThat(response.headers().firstValue("Expires")).isEmpty();
			assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		}
		var login = this.http.send(this.http.request("/login").GET());
		assertThat(login.statusCode()).isEqualTo(404);
		assertThat(login.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	/**
	 * Budgets refill continuously (a minute's budget per minute), so the figures are compared
	 * within a tolerance far below the cost of the (expensive) query.
	 */
	@Test
	void anAuthenticatedClientsBudgetIsItsSubjects() {
		String alice = "alice-" + UUID.randomUUID();
		String bob = "bob-" + UUID.randomUUID();
		long perMinute = this.budgets.perMinute();

		var first = costOf(this.http.post(EXPENSIVE, Map.of(), Map.of("Authorization", "Bearer " + token(alice))));
		long cost = first.read("$.extensions.cost.requested", Long.class);
		assertThat(cost).isGreaterThan(1000);
		var tolerance = within(cost / 4);
		assertThat(first.read("$.extensions.cost.remaining", Long.class)).isEqualTo(perMinute - cost);
		var second = costOf(this.http.post(EXPENSIVE, Map.of(), Map.of("Authorization", "Bearer " + token(alice, "CURATOR"))));
		assertThat(second.read("$.extensions.cost.remaining", Long.class)).isCloseTo(perMinute - 2 * cost, tolerance);
		var other = costOf(this.http.post(EXPENSIVE, Map.of(), Map.of("Authorization", "Bearer " + token(bob))));
		assertThat(other.read("$.extensions.cost.remaining", Long.class)).isEqualTo(perMinute - cost);

		long byAddress = this.budgets.remaining("address:127.0.0.1");
		var anonymous = costOf(this.http.post(EXPENSIVE, Map.of()));
		assertThat(anonymous.read("$.extensions.cost.remaining", Long.class)).isCloseTo(byAddress - cost, tolerance);
		assertThat(this.budgets.remaining("subject:" + bob)).isCloseTo(perMinute - cost, tolerance);
	}

	@Test
	void deniedWritesAreUnauthorizedWithoutATokenAndForbiddenWithoutTheRole() {
		var environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(Field.newField("addEvent").build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(ResultPath.rootPath().segment("addEvent"))
				.build())
			.build();

		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(classification(this.securityErrors.resolveException(new AccessDeniedException("Access Denied"), environment)
			.block())).isEqualTo("UNAUTHORIZED");
		assertThat(classification(this.securityErrors
			.resolveException(new AuthenticationCredentialsNotFoundException("no token"), environment)
			.block())).isEqualTo("UNAUTHORIZED");

		SecurityContextHolder.getContext().setAuthentication(this.converter.convert(this.decoder.decode(token("reader"))));
		assertThat(classification(this.securityErrors.resolveException(new AccessDeniedException("Access Denied"), environment)
			.block())).isEqualTo("FORBIDDEN");
	}

	private static String classification(List<GraphQLError> errors) {
		assertThat(errors).hasSize(1);
		return String.valueOf(errors.get(0).getErrorType());
	}

	private static DocumentContext costOf(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return GraphQlHttp.parse(response.body());
	}

	/** The token with one character of its signature changed. */
	private static String tamper(String token) {
		char last = token.charAt(token.length() - 2);
		return token.substring(0, token.length() - 2) + ((last == 'A') ? 'B' : 'A') + token.charAt(token.length() - 1);
	}



}
