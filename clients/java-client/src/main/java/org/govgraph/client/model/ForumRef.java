package org.govgraph.client.model;

/**
 * The fields of {@code Forum} kept where one is named from another entity. An organization, body, conference, working group or other forum. Organs sit in their parent ({@code parent}, {@code organs}).
 *
 * @param id opaque global ID.
 * @param key stable readable key, e.g. {@code itu/cwg-internet}.
 * @param acronym the acronym the sources use, e.g. {@code CWG-Internet}; null where they give none.
 * @param name the name the sources use (only the acronym where they give nothing else).
 */
public record ForumRef(String id, String key, String acronym, String name) {

}
