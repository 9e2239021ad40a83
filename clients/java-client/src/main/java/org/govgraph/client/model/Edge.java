package org.govgraph.client.model;

/**
 * An item of a connection with its cursor.
 *
 * @param cursor opaque cursor of this item, for {@code after}
 * @param node the item
 * @param <T> what the connection holds
 */
public record Edge<T>(String cursor, T node) {
}
