package org.govgraph.client.model;

import java.util.List;

/**
 * A new instrument. A null component is left out of the request.
 *
 * @param key stable key; derived from the title when omitted.
 * @param title the title. Required.
 * @param kind what kind of instrument it is. Required.
 * @param symbol the document symbol, e.g. {@code A/RES/70/125}.
 * @param date its date: {@code 2005}, {@code 2005-11} or {@code 2005-11-18}.
 * @param description A description.
 * @param provenance what supports each value. Required.
 * @param comment why the entity is added, kept in its history.
 */
public record CreateInstrumentInput(String key, String title, InstrumentKind kind, String symbol, String date, String description, List<ProvenanceInput> provenance, String comment) implements GraphQlInput {

}
