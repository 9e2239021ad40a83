package org.govgraph.api.errors;

import java.util.UUID;

import jakarta.servlet.ServletRequest;

/**
 * The one id each HTTP request is known by: sent back as the {@value #HEADER} header, logged
 * under the MDC key {@value #MDC_KEY}, and carried by every error the request is answered with.
 * {@link CorrelationIdFilter} assigns it; everything later reads it from the request.
 */
public final class CorrelationId {

	/** The response header that carries the id. */
	public static final String HEADER = "X-Correlation-Id";

	/** The request attribute that holds the id. */
	public static final String ATTRIBUTE = CorrelationId.class.getName();

	/** The request attribute, true once the id has been set as the response header. */
	public static final String SENT_ATTRIBUTE = CorrelationId.class.getName() + ".sent";

	/** The SLF4J MDC key of the id. */
	public static final String MDC_KEY = "correlationId";

	private CorrelationId() {
	}

	/** A fresh id. */
	public static String generate() {
		return UUID.randomUUID().toString();
	}

	/** The id assigned to this request, or null when no filter assigned one. */
	public static String of(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String id) ? id : null;
	}

	/** Whether the id is already on the response as the {@value #HEADER} header, so nobody need add it again. */
	public static boolean sent(ServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(SENT_ATTRIBUTE));
	}

	/** The id assigned to this request; a fresh one, assigned now, when there is none yet. */
	public static String assign(ServletRequest request) {
		String id = of(request);
		if (id == null) {
			id = generate();
			request.setAttribute(ATTRIBUTE, id);
		}
		return id;
	}

}
