package org.govgraph.api.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP caching of GraphQL answers.
 *
 * @param getMaxAge how long HTTP caches may keep a successful answer to a GET query
 * ({@code Cache-Control: public, max-age=…}); answers with errors and POST answers are {@code no-store}
 */
@ConfigurationProperties("govgraph.http")
public record GraphQlHttpProperties(@DefaultValue("60s") Duration getMaxAge) {
}
