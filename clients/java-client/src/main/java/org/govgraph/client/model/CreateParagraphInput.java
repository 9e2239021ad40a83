package org.govgraph.client.model;

import java.util.List;

/**
 * A new paragraph of an instrument that is not a source document; its key is {@code <instrument key>#<eId>}. A null component is left out of the request.
 *
 * @param key the key, if given, must be {@code &lt;instrument key&gt;#&lt;eId&gt;}.
 * @param instrument global ID of the instrument it belongs to. Required.
 * @param eId its element id within the instrument, e.g. {@code para_12}. Required.
 * @param parent global ID of the enclosing paragraph, when it is an item or subsection.
 * @param label its label as printed, e.g. {@code 12} or {@code (a)}.
 * @param position its place among its siblings.
 * @param kind what kind of paragraph it is. Required.
 * @param text its text.
 * @param textComplete whether {@code text} is the paragraph's complete text.
 * @param lines the lines of the source it spans.
 * @param provenance what supports each value. Required.
 * @param comment why the entity is added, kept in its history.
 */
public record CreateParagraphInput(String key, String instrument, String eId, String parent, String label, Integer position, ParagraphKind kind, String text, Boolean textComplete, String lines, List<ProvenanceInput> provenance, String comment) implements GraphQlInput {

}
