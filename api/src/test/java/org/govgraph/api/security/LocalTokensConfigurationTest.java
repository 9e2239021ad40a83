package org.govgraph.api.security;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The local HMAC decoder serves unless an issuer is configured, when Boot's does; without a key it fails to start. */
class LocalTokensConfigurationTest {

	private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OAuth2ResourceServerAutoConfiguration.class))
		.withUserConfiguration(Properties.class, LocalTokensConfiguration.class);

	@Test
	void withoutAnIssuerTheLocalDecoderServes() {
		this.runner.withPropertyValues("govgraph.security.jwt.hmac-secret=" + SECRET)
			.run((context) -> assertThat(context).hasSingleBean(JwtDecoder.class).hasBean("hmacJwtDecoder"));
	}

	@Test
	void anIssuerMakesTheLocalDecoderBackOffForBoots() {
		for (String property : new String[] { "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/jwks",
				"spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/issuer" }) {
			this.runner.withPropertyValues(property, "govgraph.security.jwt.hmac-secret=" + SECRET)
				.run((context) -> assertThat(context).hasSingleBean(JwtDecoder.class).doesNotHaveBean("hmacJwtDecoder"));
		}
	}

	@Test
	void anExternalNeo4jWithoutKeyOrIssuerFailsToStartSayingWhatToSet() {
		this.runner.withPropertyValues("spring.neo4j.uri=bolt://127.0.0.1:9")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("set spring.security.oauth2.resourceserver.jwt.issuer-uri"));
	}

	@Test
	void aShortSecretFailsToStart() {
		this.runner.withPropertyValues("govgraph.security.jwt.hmac-secret=" + Base64.getEncoder().encodeToString(new byte[16]))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("has 16 bytes once decoded"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(JwtProperties.class)
	static class Properties {

	}

}
