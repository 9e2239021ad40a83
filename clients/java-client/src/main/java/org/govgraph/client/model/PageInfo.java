package org.govgraph.client.model;

/**
 * Where a page of a connection sits; paging is forward only ({@code first} and {@code after}).
 *
 * @param hasNextPage true when more items follow this page: ask again with {@code after: endCursor}.
 * @param hasPreviousPage true when this page was asked with an {@code after} cursor, so items precede it.
 * @param startCursor opaque cursor of the first item of this page; null when the page is empty. With {@code first: 0} it is the position asked, as {@code endCursor} is.
 * @param endCursor opaque cursor of the last item of this page, for the next page's {@code after}; null when the page is empty. With {@code first: 0} the page holds no items and this is the position asked: the {@code after} given, or a cursor meaning "before the first item" when none was; {@code after: endCursor} then continues from there. A cursor belongs to one connection and one order: passing it to another is a {@code BAD_REQUEST}.
 */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

}
