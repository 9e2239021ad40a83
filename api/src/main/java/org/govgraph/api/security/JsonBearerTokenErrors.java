package org.govgraph.api.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govgraph.api.errors.CorrelationId;
import org.govgraph.api.errors.JsonErrors;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The answers to a request whose bearer token is refused, before anything runs for it: Spring
 * Security's status and {@code WWW-Authenticate: Bearer error="invalid_token",
 * error_description="…"} (RFC 6750), with a body in the project's JSON ({@link JsonErrors}): a
 * GraphQL error classified {@code UNAUTHORIZED} (or {@code FORBIDDEN}) on the GraphQL path, a
 * problem detail elsewhere, each with the request's correlation id.
 */
final class JsonBearerTokenErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler accessDenied = new BearerTokenAccessDeniedHandler();

	private final String graphQlPath;

	JsonBearerTokenErrors(String graphQlPath) {
		this.graphQlPath = graphQlPath;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		this.entryPoint.commence(request, response, ex);
		String message = (ex instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null)
				? "The bearer token is refused: " + oauth.getError().getDescription()
				: "The request needs a valid bearer token";
		write(request, response, HttpServletResponse.SC_UNAUTHORIZED, message);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.accessDenied.handle(request, response, ex);
		write(request, response, HttpServletResponse.SC_FORBIDDEN, "The bearer token does not grant access to this");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		String id = CorrelationId.assign(request);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (this.graphQlPath.equals(request.getRequestURI())) {
			JsonErrors.writeGraphQl(response, request.getHeader(HttpHeaders.ACCEPT), status, message, id, Map.of());
		}
		else {
			JsonErrors.writeProblem(response, status, message, request.getRequestURI(), id);
		}
	}

}
