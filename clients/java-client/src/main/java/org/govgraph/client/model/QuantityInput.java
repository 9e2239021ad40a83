package org.govgraph.client.model;

/**
 * A count with how its source qualifies it, e.g. {@code {value: 900, qualifier: APPROXIMATE, asWritten: "some 900"}}; {@code qualifier} and {@code asWritten} together or not at all. A null component is left out of the request.
 *
 * @param value the number. Required.
 * @param qualifier how the source qualifies it; omit for an exact number.
 * @param asWritten the source's words for a qualified number (they must write the number as qualified, e.g. {@code some 900}).
 */
public record QuantityInput(int value, QuantityQualifier qualifier, String asWritten) implements GraphQlInput {

}
