package org.govgraph.client.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One write to an entity, as it was committed.
 *
 * @param version the entity's version after this write (1 for its creation).
 * @param sequence the write's number in the change feed ({@code changes}).
 * @param at when the write was committed.
 * @param by who wrote: the token's subject, or {@code dataset} for a dataset load.
 * @param operation what the write did.
 * @param comment the writer's comment; null when none was given.
 * @param changes what changed: each value whose value or provenance changed, then each relationship added or removed.
 */
public record Revision(int version, String sequence, OffsetDateTime at, String by, ChangeOperation operation, String comment, List<FieldChange> changes) {

	public Revision {
		changes = (changes != null) ? List.copyOf(changes) : List.of();
	}

}
