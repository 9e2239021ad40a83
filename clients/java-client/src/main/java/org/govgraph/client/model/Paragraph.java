package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A unit of an instrument's text: a section, heading, paragraph or item. Paragraphs nest: an item sits in its paragraph ({@code parent}), a paragraph in its section.
 *
 * @param id opaque global ID.
 * @param version starts at 1 when the entity is created and grows by 1 with every write to it (by a curator or a dataset reload); pass it as {@code expectedVersion} to update or retire it.
 * @param retired true when the entity has been retired: it has left lists, search, paths and relationship fields, but {@code node(id:)} still returns it, and {@code restore} brings it back.
 * @param key stable readable key, {@code &lt;instrument key&gt;#&lt;eId&gt;}, e.g. {@code un/wsis/2005/tunis-agenda#para_35__item_i}.
 * @param eId identifier within its instrument (Akoma Ntoso style), e.g. {@code para_35__item_i}.
 * @param label the number or marker the document shows, e.g. {@code 35}, {@code i.} or {@code §§ 29–82}; null where it shows none.
 * @param kind what kind of unit it is. (Sent as {@code paragraphKind}: the kinds of the entities are enums of their own, which one selection of {@code Node} cannot give one name.)
 * @param text the text, verbatim; null where the sources give none (e.g. a section known only by its range).
 * @param textComplete false where the sources give only part of the text.
 * @param position order within its parent (or within the instrument at top level), from 1; null where unknown.
 * @param lines for source documents, the line range of the original file the text comes from, e.g. {@code 7} or {@code 12-14}; null otherwise.
 * @param instrument the instrument it belongs to.
 * @param provenance sources of the paragraph: for a source document, its own document and lines (quoted); otherwise where its text is quoted from.
 */
public record Paragraph(String id, int version, boolean retired, String key, String eId, String label, @JsonProperty("paragraphKind") ParagraphKind kind, String text, boolean textComplete, Integer position, String lines, InstrumentRef instrument, List<Provenance> provenance) implements Node {

	public Paragraph {
		provenance = (provenance != null) ? List.copyOf(provenance) : List.of();
	}

}
