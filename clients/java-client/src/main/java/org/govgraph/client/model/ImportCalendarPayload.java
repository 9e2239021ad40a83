package org.govgraph.client.model;

import java.util.List;

/**
 * What an import did.
 *
 * @param forum the forum; null when the import was refused for an unknown forum.
 * @param created events new to the graph.
 * @param updated events whose values the file changed.
 * @param cancelled events the file cancels (retired now).
 * @param unchanged events the file holds as the graph already has them.
 * @param source the curated fact that names the file ({@code curated/import/&lt;sha-256 prefix&gt;}), the provenance of what it brought; null when refused.
 * @param userErrors why the file was refused (each naming its line); empty when it was imported.
 */
public record ImportCalendarPayload(ForumRef forum, int created, int updated, int cancelled, int unchanged, String source, List<UserError> userErrors) implements WithUserErrors {

	public ImportCalendarPayload {
		userErrors = (userErrors != null) ? List.copyOf(userErrors) : List.of();
	}

	/** This payload, or {@link org.govgraph.client.UserErrorsException} carrying its user errors. */
	public ImportCalendarPayload orThrow() {
		if (!this.userErrors.isEmpty()) {
			throw new org.govgraph.client.UserErrorsException(this.userErrors);
		}
		return this;
	}

}
