package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A document: a declaration, plan of action, resolution, opinion, report, web page … Dated versions of a resolution are instruments of their own, linked to the work by {@code versionOf}.
 *
 * @param id opaque global ID.
 * @param version starts at 1 when the entity is created and grows by 1 with every write to it (by a curator or a dataset reload); pass it as {@code expectedVersion} to update or retire it.
 * @param retired true when the entity has been retired: it has left lists, search, paths and relationship fields, but {@code node(id:)} still returns it, and {@code restore} brings it back.
 * @param key stable readable key, e.g. {@code itu/pp/res/102/rev-guadalajara-2010}.
 * @param title the title; null where the sources give none.
 * @param displayTitle the title, else the symbol, else the key: always something to show.
 * @param kind what kind of document it is. (Sent as {@code instrumentKind}: the kinds of the entities are enums of their own, which one selection of {@code Node} cannot give one name.)
 * @param symbol the official symbol or number, e.g. {@code Resolution 102 (Rev. Guadalajara, 2010)}; null where there is none.
 * @param date when it was adopted or published, at the precision its source gives; null for undated works.
 * @param description A short description; null where there is none.
 * @param sourceDocument true for the source documents whose full text the graph holds and quotes as provenance.
 * @param provenance the sources of this instrument's own facts (title, date, symbol …).
 */
public record Instrument(String id, int version, boolean retired, String key, String title, String displayTitle, @JsonProperty("instrumentKind") InstrumentKind kind, String symbol, PartialDate date, String description, boolean sourceDocument, List<Provenance> provenance) implements Node {

	public Instrument {
		provenance = (provenance != null) ? List.copyOf(provenance) : List.of();
	}

}
