package org.govgraph.api.graph;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Checks of argument values that the schema's types cannot express. */
public final class Inputs {

	private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

	private Inputs() {
	}

	/** A partial date ({@code 2013}, {@code 2013-05}, {@code 2013-05-14}) or null; anything else is a {@code BAD_REQUEST}. */
	public static String partialDate(String value, String argument) {
		if (value == null) {
			return null;
		}
		if (!PARTIAL_DATE.matcher(value).matches()) {
			throw ApiException.badRequest(argument, "'" + GlobalId.abbreviate(value)
					+ "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (argument '" + argument + "')");
		}
		if (value.length() == 10) {
			try {
				LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)),
						Integer.parseInt(value.substring(8, 10)));
			}
			catch (DateTimeException ex) {
				throw ApiException.badRequest(argument, "'" + value + "' is not a date: " + value.substring(0, 7)
						+ " has no day " + value.substring(8, 10) + " (argument '" + argument + "')");
			}
		}
		return value;
	}

	/** A key or acronym argument: not blank. */
	public static String required(String value, String argument) {
		if (value == null || value.isBlank()) {
			throw ApiException.badRequest(argument, "'" + argument + "' must not be blank");
		}
		return value;
	}

}
