package org.govgraph.api.security;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The decoder of local tokens (those of {@link TokenCommand}), when no issuer is configured:
 * with an issuer, Boot's {@code JwtDecoder} serves instead (it backs off when this one exists, so
 * this one backs off first, on the same properties).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalTokensConfiguration.NoIssuerConfigured.class)
class LocalTokensConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LocalTokensConfiguration.class);

	/**
	 * Local tokens: HS256 with the key of {@link HmacSecret}; {@code exp} and {@code sub} required,
	 * {@code exp}/{@code nbf} checked (a minute's clock skew), {@code iss} must be
	 * {@code govgraph.security.jwt.issuer}. Absent when an issuer is configured: Boot's decoder
	 * serves then.
	 */
	@Bean
	JwtDecoder hmacJwtDecoder(JwtProperties properties, Environment environment) {
		boolean embedded = environment.getProperty("govgraph.embedded-neo4j.enabled", Boolean.class, true)
				&& !environment.containsProperty("spring.neo4j.uri");
		Path dataDirectory = Path.of(environment.getProperty("govgraph.embedded-neo4j.data-directory", "data/neo4j"));
		var key = HmacSecret.resolve(properties.hmacSecret(), embedded, dataDirectory);
		log.info("Bearer tokens are checked with {} (issuer '{}')", key.describe(), properties.issuer());
		var decoder = NimbusJwtDecoder.withSecretKey(key.key()).macAlgorithm(MacAlgorithm.HS256).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuer()),
				new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
				new JwtClaimValidator<String>(JwtClaimNames.SUB, (sub) -> sub != null && !sub.isBlank())));
		return decoder;
	}

	/** Matches when none of the properties that make Boot build a decoder of an issuer's tokens is set. */
	static class NoIssuerConfigured extends SpringBootCondition {

		static final String[] ISSUER_PROPERTIES = { "spring.security.oauth2.resourceserver.jwt.issuer-uri",
				"spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
				"spring.security.oauth2.resourceserver.jwt.public-key-location" };

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			for (String property : ISSUER_PROPERTIES) {
				String value = context.getEnvironment().getProperty(property);
				if (value != null && !value.isBlank()) {
					return ConditionOutcome.noMatch(property + " is set: Boot's decoder checks the tokens");
				}
			}
			return ConditionOutcome.match("no issuer is configured: local HMAC tokens");
		}

	}

}
