package org.govgraph.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local signing of bearer tokens ({@code govgraph.security.jwt.*}), used when no issuer is
 * configured ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}).
 *
 * @param hmacSecret the HMAC-SHA256 key, base64, at least 256 bits; when unset with the embedded
 * Neo4j, one is generated next to its data directory ({@link HmacSecret})
 * @param issuer the {@code iss} of local tokens: minted with it, and required on every token
 */
@ConfigurationProperties("govgraph.security.jwt")
public record JwtProperties(String hmacSecret, @DefaultValue(JwtProperties.DEFAULT_ISSUER) String issuer) {

	/** The issuer of local tokens unless {@code govgraph.security.jwt.issuer} says otherwise. */
	public static final String DEFAULT_ISSUER = "govgraph-local";

}
