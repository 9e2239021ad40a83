package org.govgraph.client.model;

/**
 * How to order instruments. A null component is left out of the request.
 *
 * @param field what to order by. Required.
 * @param direction ascending or descending. Required.
 */
public record InstrumentOrder(InstrumentOrderField field, OrderDirection direction) implements GraphQlInput {

}
