package org.govgraph.api.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.govgraph.api.graph.GlobalId;
import org.govgraph.api.security.CurationAccess;
import org.govgraph.model.calendar.CalendarImport;
import org.govgraph.model.calendar.CalendarImportRepository;
import org.govgraph.model.curation.UserError;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.vocabulary.NodeLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/** {@code importCalendar}: a forum's iCalendar file into the graph, by an administrator. */
@Controller
class CalendarImportController {

	private static final Logger log = LoggerFactory.getLogger(CalendarImportController.class);

	/** The largest file an import takes. */
	static final int MAX_BYTES = 1024 * 1024;

	/** The most events one import takes. */
	static final int MAX_EVENTS = 2000;

	private final CalendarImportRepository imports;

	private final GraphRepository graph;

	CalendarImportController(CalendarImportRepository imports, GraphRepository graph) {
		this.imports = imports;
		this.graph = graph;
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.ADMIN)
	Map<String, Object> importCalendar(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		var forum = GlobalId.parse((String) input.get("forum"), "forum");
		var ics = (String) input.get("ics");
		var fileName = (input.get("fileName") != null) ? input.get("fileName").toString() : "calendar.ics";
		var subject = SecurityContextHolder.getContext().getAuthentication().getName();
		var correlationId = env.getExecutionId().toString();
		var payload = importFile(forum, ics, fileName, (String) input.get("comment"), subject, correlationId);
		log.info("write subject={} operation=importCalendar entity=Forum:{} outcome={} correlationId={}", subject,
				forum.key(), ((List<?>) payload.get("userErrors")).isEmpty() ? "committed " + payload.get("created")
						+ " created " + payload.get("updated") + " updated " + payload.get("cancelled") + " cancelled "
						+ payload.get("unchanged") + " unchanged" : "refused",
				correlationId);
		return payload;
	}

	/** Imports one file; what the payload of {@code importCalendar} holds. */
	Map<String, Object> importFile(GlobalId forum, String ics, String fileName, String comment, String subject,
			String correlationId) {
		if (forum.label() != NodeLabel.FORUM) {
			return refused(null, List.of("input", "forum"), "the ID names a " + forum.label().label() + ", not a Forum",
					UserError.Code.VALIDATION);
		}
		var node = this.graph.findByKey(NodeLabel.FORUM, forum.key()).orElse(null);
		if (node == null) {
			return refused(null, List.of("input", "forum"), "no Forum has the key " + forum.key(), UserError.Code.NOT_FOUND);
		}
		int bytes = ics.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			return refused(node, List.of("input", "ics"),
					"the file holds " + bytes + " bytes; at most " + MAX_BYTES + " are imported at once",
					UserError.Code.VALIDATION);
		}
		var read = new IcsReader(MAX_EVENTS).read(ics);
		if (!read.errors().isEmpty()) {
			var payload = empty(node);
			payload.put("userErrors", read.errors()
				.stream()
				.map((message) -> new UserError(List.of("input", "ics"), message, UserError.Code.VALIDATION))
				.toList());
			return payload;
		}
		var file = new CalendarImport.File(fileName, CalendarImportRepository.sha256(ics), bytes, subject, correlationId,
				comment);
		var result = this.imports.importCalendar(forum.key(), read.events(), file);
		var payload = new LinkedHashMap<String, Object>();
		payload.put("forum", this.graph.findByKey(NodeLabel.FORUM, forum.key()).orElse(node));
		payload.put("created", result.created());
		payload.put("updated", result.updated());
		payload.put("cancelled", result.cancelled());
		payload.put("unchanged", result.unchanged());
		payload.put("source", result.source());
		payload.put("userErrors", List.of());
		return payload;
	}

	private static Map<String, Object> refused(Object forum, List<String> field, String message, UserError.Code code) {
		var payload = empty(forum);
		payload.put("userErrors", List.of(new UserError(field, message, code)));
		return payload;
	}

	private static Map<String, Object> empty(Object forum) {
		var payload = new LinkedHashMap<String, Object>();
		payload.put("forum", forum);
		payload.put("created", 0);
		payload.put("updated", 0);
		payload.put("cancelled", 0);
		payload.put("unchanged", 0);
		payload.put("source", null);
		return payload;
	}

}
