package org.govgraph.api.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The cheapest refusals, made before a request's body is read: a body far larger than any
 * document the limits accept ({@code 413}), and a client whose budget is spent ({@code 429}
 * with {@code Retry-After}), typically one that keeps sending requests the limits refuse. So
 * a flood of abusive requests costs the server little, and valid clients keep their share.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ClientGateFilter extends OncePerRequestFilter {

	/** Room for variables and the JSON envelope, beyond the largest document accepted. */
	static final long ENVELOPE = 64 * 1024;

	private final LimitsProperties limits;

	private final ClientBudgets budgets;

	private final String path;

	private final JsonMapper json = JsonMapper.builder().build();

	ClientGateFilter(LimitsProperties limits, ClientBudgets budgets,
			@org.springframework.beans.factory.annotation.Value("${spring.graphql.http.path:/graphql}") String path) {
		this.limits = limits;
		this.budgets = budgets;
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long maxBody = this.limits.maxDocumentSize().toBytes() + ENVELOPE;
		long length = request.getContentLengthLong();
		if (length > maxBody) {
			var details = new LinkedHashMap<String, Object>();
			details.put("classification", "REQUEST_TOO_LARGE");
			details.put("limit", "requestSize");
			details.put("max", maxBody);
			details.put("actual", length);
			details.put("exceededBy", length - maxBody);
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"The request body has " + length + " bytes, at most " + maxBody + " (over by " + (length - maxBody) + ")",
					details);
			return;
		}
		String client = this.budgets.clientKey(request.getHeader(RequestGate.API_KEY), request.getRemoteAddr());
		long retryAfter = this.budgets.exhaustedForSeconds(client, this.limits.rejectionCost());
		if (retryAfter > 0) {
			var details = new LinkedHashMap<String, Object>();
			details.put("classification", "RATE_LIMITED");
			details.put("limit", "costPerMinute");
			details.put("max", this.budgets.perMinute());
			details.put("retryAfterSeconds", retryAfter);
			response.setHeader("Retry-After", Long.toString(retryAfter));
			refuse(response, 429, "This client's " + this.budgets.perMinute()
					+ " cost points per minute are spent; retry after " + retryAfter + " s", details);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, int status, String message, Map<String, Object> extensions)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.json.writeValue(response.getWriter(),
				Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
	}

}
