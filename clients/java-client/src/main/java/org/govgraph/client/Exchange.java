package org.govgraph.client;

import java.io.IOException;
import java.util.List;

import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * What one HTTP exchange answered that a GraphQL response does not carry: the status, the
 * correlation id header and {@code Retry-After}. Filled by {@link #INTERCEPTOR}, which also asks
 * for {@code application/graphql-response+json} first, so that request errors come back as 4xx
 * GraphQL responses (GraphQL over HTTP) that the transport still reads.
 */
final class Exchange {

	/** The request attribute the exchange of a request travels in. */
	static final String ATTRIBUTE = Exchange.class.getName();

	static final String CORRELATION_ID = "X-Correlation-Id";

	static final ClientHttpRequestInterceptor INTERCEPTOR = Exchange::intercept;

	volatile int status;

	volatile String correlationId;

	volatile String retryAfter;

	private static ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		request.getHeaders().setAccept(List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON));
		ClientHttpResponse response = execution.execute(request, body);
		if (request.getAttributes().get(ATTRIBUTE) instanceof Exchange exchange) {
			exchange.status = response.getStatusCode().value();
			exchange.correlationId = response.getHeaders().getFirst(CORRELATION_ID);
			exchange.retryAfter = response.getHeaders().getFirst("Retry-After");
		}
		return response;
	}

}
