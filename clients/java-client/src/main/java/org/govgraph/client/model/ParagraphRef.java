package org.govgraph.client.model;

/**
 * The fields of {@code Paragraph} kept where one is named from another entity. A unit of an instrument's text: a section, heading, paragraph or item. Paragraphs nest: an item sits in its paragraph ({@code parent}), a paragraph in its section.
 *
 * @param id opaque global ID.
 * @param key stable readable key, {@code &lt;instrument key&gt;#&lt;eId&gt;}, e.g. {@code un/wsis/2005/tunis-agenda#para_35__item_i}.
 * @param eId identifier within its instrument (Akoma Ntoso style), e.g. {@code para_35__item_i}.
 * @param label the number or marker the document shows, e.g. {@code 35}, {@code i.} or {@code §§ 29–82}; null where it shows none.
 * @param kind what kind of unit it is.
 * @param text the text, verbatim; null where the sources give none (e.g. a section known only by its range).
 * @param instrument the instrument it belongs to.
 */
public record ParagraphRef(String id, String key, String eId, String label, ParagraphKind kind, String text, InstrumentRef instrument) {

}
