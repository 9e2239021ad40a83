package org.govgraph.client.model;

/**
 * A date kept at the precision its source gives. Partial dates order by the first day they can denote ({@code 2013} as 2013-01-01); on a tie the coarser precision comes first.
 *
 * @param value the date as the source gives it: {@code 2005}, {@code 2013-11} or {@code 2013-05-14}.
 * @param precision how much of the date is known.
 */
public record PartialDate(String value, DatePrecision precision) {

}
