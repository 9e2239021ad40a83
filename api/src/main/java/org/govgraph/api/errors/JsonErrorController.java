package org.govgraph.api.errors;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page of the application, in place of Boot's {@code BasicErrorController} and its
 * Whitelabel page: every error the servlet container routes to {@code /error} (an unknown path,
 * a method no handler takes, an exception no handler resolved) is answered in JSON, a GraphQL
 * error on the GraphQL path and a problem detail elsewhere, with the request's correlation id.
 * {@code /error} requested directly is a 404 like any path that serves nothing.
 */
@Controller
class JsonErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(JsonErrorController.class);

	private final String graphQlPath;

	JsonErrorController(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		this.graphQlPath = graphQlPath;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		int status = (code instanceof Integer value && value >= 400) ? value : HttpServletResponse.SC_NOT_FOUND;
		String path = (uri instanceof String value) ? value : request.getRequestURI();
		String id = CorrelationId.assign(request);
		if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable ex) {
			log.error("INTERNAL_ERROR for {} on {}", id, path, ex);
		}
		String method = (request.getAttribute(RequestDispatcher.ERROR_METHOD) instanceof String value) ? value
				: request.getMethod();
		String message = message(status, method, path, id);
		if (this.graphQlPath.equals(path)) {
			JsonErrors.writeGraphQl(response, request.getHeader(HttpHeaders.ACCEPT), status, message, id, Map.of());
		}
		else {
			JsonErrors.writeProblem(response, status, message, path, id);
		}
	}

	private static String message(int status, String method, String path, String id) {
		return switch (status) {
			case 400 -> "The request is malformed";
			case 404 -> "Nothing is served at " + path;
			case 405 -> "The method " + method + " is not allowed on " + path;
			case 406 -> "None of the media types the request accepts can be produced";
			case 415 -> "The request body's media type is not supported";
			default -> (status >= 500) ? "INTERNAL_ERROR for " + id : JsonErrors.title(status);
		};
	}

}
