package org.govgraph.api.errors;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 415 to a request whose {@code Content-Type} is a wildcard ({@code *}{@code /*},
 * {@code application/*}, {@code text/*}): a body's media type is always concrete (RFC 9110
 * §8.3), and Spring MVC cannot even build its request object for such a header, so without this
 * filter the request fails with a 500 before any handler or error page can answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WildcardContentTypeFilter extends OncePerRequestFilter {

	private final String graphQlPath;

	WildcardContentTypeFilter(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		this.graphQlPath = graphQlPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
		if (header == null || !isWildcard(header)) {
			chain.doFilter(request, response);
			return;
		}
		String message = "The Content-Type " + header
				+ " is a wildcard; send the body's own media type, application/json for GraphQL";
		String id = CorrelationId.assign(request);
		response.setHeader("Accept-Post", MediaType.APPLICATION_JSON_VALUE);
		if (this.graphQlPath.equals(request.getRequestURI())) {
			JsonErrors.writeGraphQl(response, request.getHeader(HttpHeaders.ACCEPT),
					HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, message, id, Map.of());
		}
		else {
			JsonErrors.writeProblem(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, message,
					request.getRequestURI(), id);
		}
	}

	private static boolean isWildcard(String header) {
		try {
			MediaType type = MediaType.parseMediaType(header);
			return type.isWildcardType() || type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
