package org.govgraph.client.model;

/**
 * A number as its source gives it: exact, or qualified ("some 900", "about 50").
 *
 * @param value the number.
 * @param exact true when the source states the number exactly; false for an approximate or bounded one.
 * @param qualifier how the source qualifies the number; null when it is exact.
 * @param asWritten the source's words for a qualified number, e.g. {@code some 900}; null when it is exact.
 */
public record Quantity(int value, boolean exact, QuantityQualifier qualifier, String asWritten) {

}
