package org.govgraph.client.model;

/**
 * The fields of {@code Instrument} kept where one is named from another entity. A document: a declaration, plan of action, resolution, opinion, report, web page … Dated versions of a resolution are instruments of their own, linked to the work by {@code versionOf}.
 *
 * @param id opaque global ID.
 * @param key stable readable key, e.g. {@code itu/pp/res/102/rev-guadalajara-2010}.
 * @param displayTitle the title, else the symbol, else the key: always something to show.
 */
public record InstrumentRef(String id, String key, String displayTitle) {

}
