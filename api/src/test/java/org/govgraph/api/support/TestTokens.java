package org.govgraph.api.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.govgraph.api.security.HmacSecret;
import org.govgraph.api.security.JwtProperties;
import org.govgraph.api.security.TokenCommand;

/**
 * Bearer tokens the application under test accepts: signed with the key the integration tests
 * configure ({@code govgraph.security.jwt.hmac-secret}, a system property of the Failsafe run).
 * A test that sends its requests as a subject of its own spends that subject's budget, not the
 * budget of the address every test shares.
 */
public final class TestTokens {

	private TestTokens() {
	}

	/** A token for the subject with these roles, valid for an hour. */
	public static String token(String subject, String... roles) {
		var key = HmacSecret.decode(System.getProperty("govgraph.security.jwt.hmac-secret"));
		return TokenCommand.mint(key, new TokenCommand.Claims(subject, List.of(roles), JwtProperties.DEFAULT_ISSUER,
				Instant.now(), Duration.ofHours(1)));
	}

	/** The {@code Authorization} header value for such a token. */
	public static String bearer(String subject, String... roles) {
		return "Bearer " + token(subject, roles);
	}

}
