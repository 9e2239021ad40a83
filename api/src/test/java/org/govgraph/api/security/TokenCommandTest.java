package org.govgraph.api.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The token command prints a signed JWT with the claims asked for, with the key the application would use. */
class TokenCommandTest {

	static final String SECRET = Base64.getEncoder()
		.encodeToString("a-unit-test-key-of-32-bytes-long".getBytes(StandardCharsets.US_ASCII));

	@Test
	void mintsAnHs256TokenWithSubjectRolesIssuerAndExpiry() throws Exception {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int status = TokenCommand.run(new String[] { "--subject", "alice", "--role", "CURATOR", "--role=ADMIN", "--ttl",
				"2h", "--govgraph.security.jwt.hmac-secret=" + SECRET }, Map.of(), new PrintStream(out), new PrintStream(err));

		assertThat(status).isZero();
		var jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip());
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
		assertThat(jwt.verify(new MACVerifier(HmacSecret.decode(SECRET)))).isTrue();
		var claims = jwt.getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo("alice");
		assertThat(claims.getStringListClaim("roles")).isEqualTo(List.of("CURATOR", "ADMIN"));
		assertThat(claims.getIssuer()).isEqualTo("govgraph-local");
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofHours(2));
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("govgraph.security.jwt.hmac-secret");
	}

	@Test
	void withoutASecretItUsesAndKeepsTheKeyFileBesideTheDataDirectory(@TempDir Path home) throws Exception {
		var dataDirectory = home.resolve("data/neo4j");
		var first = new ByteArrayOutputStream();
		var second = new ByteArrayOutputStream();
		String[] args = { "--subject", "bob", "--govgraph.embedded-neo4j.data-directory=" + dataDirectory };
		assertThat(TokenCommand.run(args, Map.of(), new PrintStream(first), new PrintStream(new ByteArrayOutputStream())))
			.isZero();
		assertThat(TokenCommand.run(args, Map.of(), new PrintStream(second), new PrintStream(new ByteArrayOutputStream())))
			.isZero();

		var key = HmacSecret.readOrGenerate(home.resolve("data/jwt-hmac.secret"));
		assertThat(key.generated()).isFalse();
		for (var out : List.of(first, second)) {
			var jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip());
			assertThat(jwt.verify(new MACVerifier(key.key()))).isTrue();
			assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).isEmpty();
			assertThat(Duration.between(jwt.getJWTClaimsSet().getIssueTime().toInstant(),
					jwt.getJWTClaimsSet().getExpirationTime().toInstant())).isEqualTo(Duration.ofHours(8));
		}
	}

	@Test
	void theEnvironmentMayGiveTheSecret() throws Exception {
		var out = new ByteArrayOutputStream();
		TokenCommand.run(new String[] { "--subject", "carol" }, Map.of("GOVGRAPH_SECURITY_JWT_HMACSECRET", SECRET),
				new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
		assertThat(SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip()).verify(new MACVerifier(HmacSecret.decode(SECRET))))
			.isTrue();
	}

	@Test
	void badArgumentsPrintTheUsageAndExitWith2() {
		for (String[] args : List.of(new String[] {}, new String[] { "--role", "CURATOR" },
				new String[] { "--subject" }, new String[] { "--subject", "a", "--colour", "red" },
				new String[] { "--subject", "a", "--ttl", "0s" })) {
			var err = new ByteArrayOutputStream();
			assertThat(TokenCommand.run(args, Map.of(), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)))
				.isEqualTo(2);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: token --subject NAME");
		}
	}

}
