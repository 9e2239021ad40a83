package org.govgraph.api.errors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The JSON bodies every error answer has, wherever it is made (a route, a filter, the error
 * controller, Tomcat's valve): on the GraphQL path a GraphQL response with one error
 * ({@code message}, {@code extensions.classification}, {@code extensions.correlationId}),
 * elsewhere an RFC 9457 problem detail. So no answer is HTML or empty.
 */
public final class JsonErrors {

	/** The media type of problem details (RFC 9457). */
	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonErrors() {
	}

	/** The classification an error answered with this HTTP status carries. */
	public static String classification(int status) {
		return switch (status) {
			case 400 -> "BAD_REQUEST";
			case 401 -> "UNAUTHORIZED";
			case 403 -> "FORBIDDEN";
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 406 -> "NOT_ACCEPTABLE";
			case 413 -> "REQUEST_TOO_LARGE";
			case 415 -> "UNSUPPORTED_MEDIA_TYPE";
			case 429 -> "RATE_LIMITED";
			case 503 -> "SERVICE_UNAVAILABLE";
			case 504 -> "TIMEOUT";
			default -> (status >= 500) ? "INTERNAL_ERROR" : "BAD_REQUEST";
		};
	}

	/** {@code {"errors": [{"message", "extensions": {"classification", "correlationId", …extensions}}]}}. */
	public static Map<String, Object> graphQl(String message, String classification, String correlationId,
			Map<String, Object> extensions) {
		var all = new LinkedHashMap<String, Object>();
		all.put("classification", classification);
		all.putAll(extensions);
		all.put("correlationId", correlationId);
		var error = new LinkedHashMap<String, Object>();
		error.put("message", message);
		error.put("extensions", all);
		return Map.of("errors", List.of(error));
	}

	/** A problem detail: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, {@code correlationId}. */
	public static Map<String, Object> problem(int status, String detail, String instance, String correlationId) {
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", title(status));
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", instance);
		problem.put("correlationId", correlationId);
		return problem;
	}

	/** The reason phrase of a status ("Bad Request"), or "Error" for a status Spring does not know. */
	public static String title(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

	/**
	 * What a GraphQL error is sent as: {@code application/graphql-response+json} when the Accept
	 * header names it before {@code application/json}, else {@code application/json} (also for
	 * no, a wildcard or an unparsable Accept header).
	 */
	public static MediaType graphQlMediaType(String accept) {
		if (accept != null) {
			try {
				for (MediaType accepted : MediaType.parseMediaTypes(accept)) {
					if (accepted.equalsTypeAndSubtype(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)) {
						return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
					}
					if (accepted.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
						return MediaType.APPLICATION_JSON;
					}
				}
			}
			catch (InvalidMediaTypeException ex) {
				return MediaType.APPLICATION_JSON;
			}
		}
		return MediaType.APPLICATION_JSON;
	}

	/** Writes a GraphQL error answer to a servlet response: status, media type per Accept, correlation id header. */
	public static void writeGraphQl(HttpServletResponse response, String accept, int status, String message,
			String correlationId, Map<String, Object> extensions) throws IOException {
		write(response, status, graphQlMediaType(accept), correlationId,
				graphQl(message, classification(status), correlationId, extensions));
	}

	/** Writes a problem detail to a servlet response, with the correlation id header. */
	public static void writeProblem(HttpServletResponse response, int status, String detail, String instance,
			String correlationId) throws IOException {
		write(response, status, PROBLEM_JSON, correlationId, problem(status, detail, instance, correlationId));
	}

	/** The body as bytes, for writers that have no servlet response (Tomcat's valve). */
	static byte[] bytes(Object body) {
		return JSON.writeValueAsBytes(body);
	}

	private static void write(HttpServletResponse response, int status, MediaType mediaType, String correlationId,
			Object body) throws IOException {
		byte[] bytes = bytes(body);
		response.setStatus(status);
		response.setHeader(CorrelationId.HEADER, correlationId);
		response.setContentType(mediaType.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentLength(bytes.length);
		try {
			response.getOutputStream().write(bytes);
		}
		catch (IllegalStateException usingWriter) {
			response.getWriter().write(new String(bytes, StandardCharsets.UTF_8));
		}
		response.flushBuffer();
	}

}
