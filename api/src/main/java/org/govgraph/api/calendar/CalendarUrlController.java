package org.govgraph.api.calendar;

import java.util.Map;

import org.govgraph.model.calendar.CalendarFeedRepository.Scope;
import org.govgraph.model.graph.GraphNode;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Controller;

/**
 * The feeds' addresses in the GraphQL API: {@code about { calendarUrl }},
 * {@code Forum.calendarUrl}, {@code Event.calendarUrl}, {@code StakeholderGroup.calendarUrl};
 * absolute, on the configured public base URL, else on the address the request came to (kept in
 * the request's GraphQL context by this controller's interceptor).
 */
@Controller
class CalendarUrlController implements WebGraphQlInterceptor {

	/** The context key of the base address. */
	static final String BASE = "org.govgraph.api.calendar.base";

	private final CalendarProperties properties;

	private final String graphQlPath;

	CalendarUrlController(CalendarProperties properties,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		this.properties = properties;
		this.graphQlPath = graphQlPath;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String base;
		if (this.properties.publicBaseUrl() != null) {
			base = CalendarFeedController.trim(this.properties.publicBaseUrl().toString());
		}
		else {
			var uri = request.getUri();
			String path = (uri.getPath() != null) ? uri.getPath() : "";
			String contextPath = path.endsWith(this.graphQlPath) ? path.substring(0, path.length() - this.graphQlPath.length()) : "";
			String scheme = (uri.getScheme() != null) ? uri.getScheme().replace("ws", "http") : "http";
			base = scheme + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "") + contextPath;
		}
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(BASE, base)).build());
		return chain.next(request);
	}

	@SchemaMapping(typeName = "About", field = "calendarUrl")
	String allEvents(Object about, @ContextValue(name = BASE) String base) {
		return CalendarUrls.of(base, Scope.ALL, "").toString();
	}

	@SchemaMapping(typeName = "Forum", field = "calendarUrl")
	String forum(GraphNode forum, @ContextValue(name = BASE) String base) {
		return CalendarUrls.of(base, Scope.FORUM, forum.key()).toString();
	}

	@SchemaMapping(typeName = "Event", field = "calendarUrl")
	String series(GraphNode event, @ContextValue(name = BASE) String base) {
		return CalendarUrls.of(base, Scope.SERIES, event.key()).toString();
	}

	@SchemaMapping(typeName = "StakeholderGroup", field = "calendarUrl")
	String stakeholderGroup(GraphNode group, @ContextValue(name = BASE) String base) {
		return CalendarUrls.of(base, Scope.STAKEHOLDER_GROUP, group.key()).toString();
	}

}
