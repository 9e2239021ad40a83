package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Set;

/**
 * Values to change on a paragraph, based on the version read (its instrument, eId, parent and position stay). A null component is left out of the request (for an update: the value stays); name a value in {@code clear} to remove it (sent as null).
 *
 * @param id global ID of the paragraph. Required.
 * @param expectedVersion the version the change is based on; a stale one is a {@code CONFLICT}. Required.
 * @param label its label as printed.
 * @param kind what kind of paragraph it is.
 * @param text its text.
 * @param textComplete whether {@code text} is the paragraph's complete text.
 * @param lines the lines of the source it spans.
 * @param provenance what supports each value set. Required.
 * @param comment why the change is made, kept in its history.
 * @param clear the input fields to remove (sent as null); none when null
 */
public record UpdateParagraphInput(String id, int expectedVersion, String label, ParagraphKind kind, String text, Boolean textComplete, String lines, List<ProvenanceInput> provenance, String comment, @JsonIgnore Set<String> clear) implements GraphQlInput {

	@Override
	public Set<String> clearedFields() {
		return (this.clear != null) ? this.clear : Set.of();
	}

}
