package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Set;

/**
 * Values to change on an instrument, based on the version read. A null component is left out of the request (for an update: the value stays); name a value in {@code clear} to remove it (sent as null).
 *
 * @param id global ID of the instrument. Required.
 * @param expectedVersion the version the change is based on; a stale one is a {@code CONFLICT}. Required.
 * @param title the title.
 * @param kind what kind of instrument it is.
 * @param symbol the document symbol.
 * @param date its date: {@code 2005}, {@code 2005-11} or {@code 2005-11-18}.
 * @param description A description.
 * @param provenance what supports each value set. Required.
 * @param comment why the change is made, kept in its history.
 * @param clear the input fields to remove (sent as null); none when null
 */
public record UpdateInstrumentInput(String id, int expectedVersion, String title, InstrumentKind kind, String symbol, String date, String description, List<ProvenanceInput> provenance, String comment, @JsonIgnore Set<String> clear) implements GraphQlInput {

	@Override
	public Set<String> clearedFields() {
		return (this.clear != null) ? this.clear : Set.of();
	}

}
