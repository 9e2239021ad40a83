package org.govgraph.api.graph;

/**
 * The {@code PartialDate} type: a date with the precision its source gives.
 *
 * @param value {@code 2013}, {@code 2013-11} or {@code 2013-05-14}
 * @param precision {@code YEAR}, {@code MONTH} or {@code DAY}
 */
public record PartialDate(String value, String precision) {

	/** The date, or null when there is no value. */
	public static PartialDate of(String value, String precision) {
		return (value != null) ? new PartialDate(value, precision) : null;
	}

	/** The day of a local date-time ({@code 2013-10-25T09:00}), or the partial date as it is. */
	public static PartialDate ofEventTime(String value, String precision) {
		if (value == null) {
			return null;
		}
		return "MINUTE".equals(precision) ? new PartialDate(value.substring(0, 10), "DAY") : new PartialDate(value, precision);
	}

}
