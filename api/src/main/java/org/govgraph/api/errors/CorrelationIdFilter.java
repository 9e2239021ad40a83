package org.govgraph.api.errors;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request its {@link CorrelationId} before anything else runs: a request
 * attribute, the {@code X-Correlation-Id} response header, and the {@code correlationId} MDC key
 * while the request is processed, so the answer, its errors and the log lines share one id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = CorrelationId.assign(request);
		response.setHeader(CorrelationId.HEADER, id);
		request.setAttribute(CorrelationId.SENT_ATTRIBUTE, Boolean.TRUE);
		MDC.put(CorrelationId.MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(CorrelationId.MDC_KEY);
		}
	}

}
