package org.govgraph.api.calendar;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.govgraph.api.errors.CorrelationId;
import org.govgraph.api.graph.GlobalId;
import org.govgraph.api.security.CurationAccess;
import org.govgraph.model.curation.UserError;
import org.govgraph.model.vocabulary.NodeLabel;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST} of an {@code .ics} file to a forum's calendar URL ({@code /calendar/fora/<key>.ics}),
 * with an administrator's bearer token: the same import as the {@code importCalendar} mutation,
 * answered as JSON (200 with the counts, 422 with the errors naming their lines).
 */
@RestController
class CalendarImportEndpoint {

	private final CalendarImportController imports;

	CalendarImportEndpoint(CalendarImportController imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/calendar/fora/{*key}", consumes = { "text/calendar", MediaType.TEXT_PLAIN_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE }, produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(CurationAccess.ADMIN)
	ResponseEntity<Map<String, Object>> importFile(@PathVariable String key, @RequestBody byte[] body,
			HttpServletRequest request) throws IOException {
		var forumKey = forumKey(key);
		var subject = SecurityContextHolder.getContext().getAuthentication().getName();
		var correlationId = CorrelationId.of(request);
		var fileName = (request.getHeader("X-File-Name") != null) ? request.getHeader("X-File-Name")
				: forumKey.substring(forumKey.lastIndexOf('/') + 1) + ".ics";
		var payload = this.imports.importFile(new GlobalId(NodeLabel.FORUM, forumKey),
				new String(body, StandardCharsets.UTF_8), fileName, request.getHeader("X-Comment"), subject, correlationId);
		var answer = new LinkedHashMap<String, Object>(payload);
		answer.remove("forum");
		answer.put("forum", forumKey);
		@SuppressWarnings("unchecked")
		var errors = (List<UserError>) payload.get("userErrors");
		answer.put("userErrors", errors.stream()
			.map((e) -> Map.of("field", e.field(), "message", e.message(), "code", e.code().name()))
			.toList());
		answer.put("correlationId", correlationId);
		int status = errors.isEmpty() ? 200
				: errors.stream().anyMatch((e) -> e.code() == UserError.Code.NOT_FOUND) ? 404 : 422;
		return ResponseEntity.status(status).body(answer);
	}

	/** The forum key of {@code /<key>.ics}, its segments percent-decoded. */
	private static String forumKey(String path) {
		var key = path.startsWith("/") ? path.substring(1) : path;
		if (key.endsWith(".ics")) {
			key = key.substring(0, key.length() - ".ics".length());
		}
		return URLDecoder.decode(key.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
