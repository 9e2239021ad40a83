package org.govgraph.api.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who a request comes from, for the writes to come: reads stay public, so every path is
 * permitted; a bearer token, when a request has one, must be a valid JWT, else the request is
 * answered {@code 401} before anything runs ({@link JsonBearerTokenErrors}). Its {@code sub} is
 * the principal and its {@code roles} claim (strings) the authorities {@code ROLE_<name>}, which
 * method security checks ({@link CurationAccess}). Stateless: no session, no cookies, so no CSRF
 * token either; no login page, no HTTP Basic. Security's {@code Cache-Control} header is off, so
 * the GraphQL GET answers keep the caching headers their handler gives them.
 *
 * <p>Tokens are checked with Boot's decoder when an issuer is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri} or
 * {@code public-key-location}), otherwise with {@link LocalTokensConfiguration}'s.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	/** The claim whose strings are the token's roles. */
	static final String ROLES_CLAIM = "roles";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, JwtAuthenticationConverter tokens,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) throws Exception {
		var errors = new JsonBearerTokenErrors(graphQlPath);
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.oauth2ResourceServer((server) -> server.authenticationEntryPoint(errors)
				.accessDeniedHandler(errors)
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(tokens)));
		return http.build();
	}

	/** {@code sub} is the principal's name, {@code roles} its authorities as {@code ROLE_<name>}. */
	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		var authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(ROLES_CLAIM);
		authorities.setAuthorityPrefix("ROLE_");
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		converter.setPrincipalClaimName(JwtClaimNames.SUB);
		return converter;
	}

}
