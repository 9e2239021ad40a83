package org.govgraph.api.errors;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpHeaders;

/**
 * Tomcat's last word on an error, in JSON: the Host's error report valve, in place of Tomcat's
 * HTML {@link ErrorReportValve}. It answers what never reaches the application or its error
 * page: a malformed request line or target ({@code /graphql?query[]=x}, {@code /graphql%00}),
 * too many or too large headers. A request that never passed {@link CorrelationIdFilter} gets
 * its correlation id here.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	private String graphQlPath = "/graphql";

	/** The path on which errors are answered as GraphQL responses rather than problem details. */
	public void setGraphQlPath(String graphQlPath) {
		this.graphQlPath = graphQlPath;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		var ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String id = CorrelationId.assign(request);
		String path = path(request);
		String message = message(status);
		try {
			response.resetBuffer();
			if (this.graphQlPath.equals(path)) {
				JsonErrors.writeGraphQl(response, request.getHeader(HttpHeaders.ACCEPT), status, message, id, Map.of());
			}
			else {
				JsonErrors.writeProblem(response, status, message, path, id);
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response cannot be written: nothing is left to answer.
			getContainer().getLogger().debug("The JSON error report could not be written", ex);
		}
	}

	private static String path(Request request) {
		try {
			String uri = request.getRequestURI();
			if (uri == null || uri.isEmpty()) {
				return null;
			}
			int semicolon = uri.indexOf(';');
			return (semicolon >= 0) ? uri.substring(0, semicolon) : uri;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String message(int status) {
		return switch (status) {
			case HttpServletResponse.SC_BAD_REQUEST ->
				"The request is malformed: its request line, target or headers are not valid HTTP, or there are too many headers";
			case HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE -> "The request is too large";
			case 431 -> "The request's headers are too large";
			default -> (status >= 500) ? "The server could not answer the request" : JsonErrors.title(status);
		};
	}

}
